// Finds a Python 3 that has the modules a client test needs (Debian's python3-requests-oauthlib and
// python3-boto3, which .ci/run installs), and runs a script with it. Tests skip, saying why, when there is none.
import { spawnSync } from 'node:child_process';

const CANDIDATES = [process.env['PYTHON'], 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);

/** The first interpreter that imports every module, or a reason there is none. */
export function findPython(modules: string[]): { python: string } | { skip: string } {
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' });
    if (probe.status === 0) return { python };
  }
  return {
    skip:
      `no Python 3 with ${modules.join(', ')} (tried ${CANDIDATES.join(', ')}); ` +
      "install Debian's python3-requests-oauthlib and python3-boto3 (.ci/run does)",
  };
}

export interface PythonRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script to completion (async, so the in-process emulator keeps serving). */
export async function runPython(
  python: string,
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<PythonRun> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(python, [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** POST JSON to the https emulator trusting only its certificate (fetch cannot be given a CA at run time). */
export async function postJsonTrusting(
  ca: string,
  url: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  const { request } = await import('node:https');
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(
      url,
      {
        method: 'POST',
        ca,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}
