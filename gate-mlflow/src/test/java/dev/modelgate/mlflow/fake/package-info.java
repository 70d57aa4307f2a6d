/**
 * A fake MLflow tracking server for the adapter's tests, written from the contract sheet {@code
 * mlflow-registry.md} and not from the adapter: real HTTP on loopback, MLflow's statuses, error
 * bodies and alias and tag rules, and scripted faults.
 */
package dev.modelgate.mlflow.fake;
