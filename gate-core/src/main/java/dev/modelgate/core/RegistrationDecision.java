package dev.modelgate.core;

/** The decision of the registration gate (layer 1). */
public enum RegistrationDecision {
  /** Every check passed: the candidate may enter the registry. */
  REGISTER,
  /** At least one check failed: the registry is not touched. */
  REJECT
}
