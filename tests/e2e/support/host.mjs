// Speaking the contract to the built host directly (its `serve` mode), to check what the
// browser run left in the store and to learn which commands the host has.
import { spawn } from 'node:child_process';
import { hostPath } from './env.mjs';

/** Sends the requests in order to one `onward-host serve`; resolves with the replies in order. */
export function hostRequests(dbPath, requests) {
  return new Promise((resolve, reject) => {
    const child = spawn(hostPath(), ['serve'], { env: { ...process.env, ONWARD_DB: dbPath }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = Buffer.alloc(0);
    let err = '';
    child.stdout.on('data', (d) => (out = Buffer.concat([out, d])));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const replies = [];
      let at = 0;
      while (at + 4 <= out.length) {
        const n = out.readUInt32LE(at);
        replies.push(JSON.parse(out.subarray(at + 4, at + 4 + n).toString('utf8')));
        at += 4 + n;
      }
      if (replies.length !== requests.length) reject(new Error(`host answered ${replies.length} of ${requests.length} (exit ${code}): ${err}`));
      else resolve(replies);
    });
    for (const [i, r] of requests.entries()) {
      const body = Buffer.from(JSON.stringify({ id: i + 1, ...r }), 'utf8');
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      child.stdin.write(Buffer.concat([head, body]));
    }
    child.stdin.end();
  });
}

export async function hostCall(dbPath, cmd, args) {
  const [reply] = await hostRequests(dbPath, [args === undefined ? { cmd } : { cmd, args }]);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  return reply.result;
}

/** The commands the host lists in its hello. */
export async function hostCommands(dbPath) {
  return (await hostCall(dbPath, 'hello')).commands ?? [];
}

/** The contract commands the in-page flows need. */
export const PAGE_COMMANDS = ['classify', 'email.ingest', 'draft.reply', 'applications.list', 'linkedin.log', 'draft.connection_note', 'next_steps'];

export async function missingCommands(dbPath, needed = PAGE_COMMANDS) {
  const have = new Set(await hostCommands(dbPath));
  return needed.filter((c) => !have.has(c));
}
