package dev.modelgate.examples;

/** Placeholder main class, replaced by the predictions report example. */
public final class Demo {
  private Demo() {}

  /** Runs the demo. */
  public static void main(String[] args) {
    System.out.println("ModelGate demo");
  }
}
