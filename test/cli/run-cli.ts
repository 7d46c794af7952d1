// Runs the built CLI (dist/, built by `npm test` before vitest) as a user would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
export const corpus = (p: string) => fileURLToPath(new URL(`../../../shared/corpus/${p}`, import.meta.url));
export const sample = (p: string) => fileURLToPath(new URL(`../../samples/${p}`, import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tracex args...`, optionally feeding stdin; `shell` runs a pipeline through sh instead. */
export function runCli(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return run(process.execPath, [CLI, ...args], opts);
}

export function runShell(script: string): Promise<CliResult> {
  return run('sh', ['-c', script.replaceAll('tracex', `${process.execPath} ${CLI}`)], {});
}

/**
 * The test run's environment without what would change the text layout: FORCE_COLOR (which
 * outranks NO_COLOR) and COLUMNS (which sets the width even in a pipe). Tests set them when they mean to.
 */
export function plainEnv(): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _f, COLUMNS: _c, ...env } = process.env;
  return { ...env, NO_COLOR: '1' };
}

function run(cmd: string, args: string[], opts: { stdin?: string; env?: Record<string, string> }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...plainEnv(), ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(opts.stdin ?? '');
  });
}
