// Checks the Kubeflow Pipelines v2 component gate-examples/kubeflow/gate-component.yaml, a hand-written
// PipelineSpec (IR YAML), since no KFP SDK is available to CI to compile or load it:
//
//   node .ci/check-kfp-component.mjs [FILE]
//
// - the IR structure the KFP loader reads: schemaVersion 2.1.0, pipelineInfo.name, the component
//   comp-<name> with its executor, a container with image, command and args, parameter types;
// - every placeholder names a declared input or output, and every input and output is used;
// - the root DAG declares the component's inputs and outputs and wires each to its one task;
// - the gate's contract: java -jar /app/gate.jar run with --policy, --registry, --model and
//   --candidate, and --kfp-output-decision writing the STRING output parameter "decision".
// Prints each problem and a closing line with the count; exit status 1 on any problem.
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const file = resolve(process.argv[2] ?? resolve(root, "gate-examples/kubeflow/gate-component.yaml"));
const PARAMETER_TYPES = ["STRING", "NUMBER_INTEGER", "NUMBER_DOUBLE", "BOOLEAN", "LIST", "STRUCT"];
const problems = [];
const problem = (message) => problems.push(message);
const keys = (object) => Object.keys(object ?? {}).sort();
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const describe = (kind) => kind.replace(/^(in|out)puts\.(parameter|artifact)s$/, "$1put $2");

function checkDefinitions(where, definitions) {
  for (const [name, p] of Object.entries(definitions?.parameters ?? {})) {
    if (!PARAMETER_TYPES.includes(p.parameterType)) {
      problem(`${where}.parameters.${name}: parameterType "${p.parameterType}" is not one of ${PARAMETER_TYPES}`);
    }
    if (p.isOptional && p.defaultValue === undefined) problem(`${where}.parameters.${name}: optional without defaultValue`);
  }
  for (const [name, a] of Object.entries(definitions?.artifacts ?? {})) {
    if (!a.artifactType?.schemaTitle) problem(`${where}.artifacts.${name}: no artifactType.schemaTitle`);
  }
}

function checkPlaceholders(container, component) {
  const declared = {
    "inputs.parameters": keys(component.inputDefinitions?.parameters),
    "inputs.artifacts": keys(component.inputDefinitions?.artifacts),
    "outputs.parameters": keys(component.outputDefinitions?.parameters),
    "outputs.artifacts": keys(component.outputDefinitions?.artifacts),
  };
  const used = new Set();
  const forms = /^\{\{\$\.(inputs|outputs)\.(parameters|artifacts)\['([^']+)'\](\.[a-z_]+)?\}\}$/;
  const suffixes = {
    "inputs.parameters": [undefined],
    "inputs.artifacts": [".path", ".uri", ".metadata"],
    "outputs.parameters": [".output_file"],
    "outputs.artifacts": [".path", ".uri", ".metadata"],
  };
  for (const text of [...(container.command ?? []), ...(container.args ?? [])]) {
    if (typeof text !== "string") {
      problem(`container: ${JSON.stringify(text)} is not a string`);
      continue;
    }
    for (const placeholder of text.match(/\{\{[^}]*\}\}/g) ?? []) {
      const m = placeholder.match(forms);
      const kind = m && `${m[1]}.${m[2]}`;
      if (!m || !suffixes[kind].includes(m[4])) problem(`container: unknown placeholder ${placeholder}`);
      else if (!declared[kind].includes(m[3])) problem(`container: ${placeholder} names no declared ${describe(kind)}`);
      else used.add(`${kind}.${m[3]}`);
    }
  }
  for (const [kind, names] of Object.entries(declared)) {
    for (const name of names) {
      if (!used.has(`${kind}.${name}`)) problem(`container: ${describe(kind)} "${name}" is never passed to the program`);
    }
  }
}

function checkRoot(spec, componentKey, component) {
  const r = spec.root ?? {};
  if (!same(r.inputDefinitions, component.inputDefinitions)) problem("root.inputDefinitions differ from the component's");
  if (!same(r.outputDefinitions, component.outputDefinitions)) problem("root.outputDefinitions differ from the component's");
  const tasks = Object.entries(r.dag?.tasks ?? {});
  if (tasks.length !== 1) return problem(`root.dag.tasks: ${tasks.length} tasks, expected 1`);
  const [taskName, task] = tasks[0];
  if (task.componentRef?.name !== componentKey) problem(`root.dag.tasks.${taskName}: componentRef is not ${componentKey}`);
  for (const name of keys(component.inputDefinitions?.parameters)) {
    if (task.inputs?.parameters?.[name]?.componentInputParameter !== name) problem(`root task: parameter "${name}" is not wired`);
  }
  for (const name of keys(component.inputDefinitions?.artifacts)) {
    if (task.inputs?.artifacts?.[name]?.componentInputArtifact !== name) problem(`root task: artifact "${name}" is not wired`);
  }
  for (const name of keys(component.outputDefinitions?.parameters)) {
    const v = r.dag?.outputs?.parameters?.[name]?.valueFromParameter;
    if (v?.outputParameterKey !== name || v?.producerSubtask !== taskName) problem(`root.dag.outputs: parameter "${name}" is not wired`);
  }
  for (const name of keys(component.outputDefinitions?.artifacts)) {
    const s = r.dag?.outputs?.artifacts?.[name]?.artifactSelectors?.[0];
    if (s?.outputArtifactKey !== name || s?.producerSubtask !== taskName) problem(`root.dag.outputs: artifact "${name}" is not wired`);
  }
}

function checkGateContract(container, component) {
  if (!same(container.command, ["java", "-jar", "/app/gate.jar"])) problem("command is not java -jar /app/gate.jar");
  const args = container.args ?? [];
  if (args[0] !== "run") problem(`args start with "${args[0]}", not run`);
  const after = (flag) => args[args.indexOf(flag) + 1];
  for (const flag of ["--policy", "--registry", "--model", "--candidate"]) {
    if (!args.includes(flag) || !/^\{\{.*\}\}$/.test(after(flag) ?? "")) problem(`args: ${flag} is not followed by a placeholder`);
  }
  if (after("--kfp-output-decision") !== "{{$.outputs.parameters['decision'].output_file}}") {
    problem("args: --kfp-output-decision is not followed by {{$.outputs.parameters['decision'].output_file}}");
  }
  if (component.outputDefinitions?.parameters?.decision?.parameterType !== "STRING") problem('output parameter "decision" is not a STRING');
}

const documents = parseAllDocuments(await readFile(file, "utf8"));
for (const d of documents) for (const e of d.errors) problem(`YAML: ${e.message}`);
const spec = documents[0]?.toJS() ?? {};
if (documents.length > 2) problem(`${documents.length} YAML documents, expected the PipelineSpec and at most a PlatformSpec`);
if (spec.schemaVersion !== "2.1.0") problem(`schemaVersion is "${spec.schemaVersion}", not 2.1.0`);
const name = spec.pipelineInfo?.name;
if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name ?? "")) problem(`pipelineInfo.name "${name}" is not a lowercase DNS-style name`);
const componentKey = `comp-${name}`;
const component = spec.components?.[componentKey];
const container = spec.deploymentSpec?.executors?.[component?.executorLabel]?.container;
if (!component) problem(`components.${componentKey} is missing`);
else if (!container) problem(`deploymentSpec.executors.${component.executorLabel}.container is missing`);
else {
  if (!container.image) problem("container.image is missing");
  checkDefinitions(`components.${componentKey}.inputDefinitions`, component.inputDefinitions);
  checkDefinitions(`components.${componentKey}.outputDefinitions`, component.outputDefinitions);
  checkPlaceholders(container, component);
  checkRoot(spec, componentKey, component);
  checkGateContract(container, component);
}
const shown = relative(root, file).startsWith("..") ? file : relative(root, file);
for (const p of problems) console.log(`${shown}: ${p}`);
console.log(`kfp component: ${shown} checked, ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
process.exit(problems.length === 0 ? 0 : 1);
