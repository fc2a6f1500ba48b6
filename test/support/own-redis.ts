import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, waitFor } from './platform.js';

/** A Redis of the test's own, keeping nothing on disk, that the test may kill and start again. */
export async function ownRedis() {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const ping = async () => {
    const { createConnection } = await import('node:net');
    return new Promise<boolean>((resolve) => {
      const s = createConnection(port, '127.0.0.1', () => {
        s.write('PING\r\n');
      });
      s.once('data', (d) => {
        s.destroy();
        resolve(d.toString().includes('PONG'));
      });
      s.once('error', () => resolve(false));
    });
  };
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitFor(ping, 10_000, 'the test Redis');
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, kill, ping };
}
