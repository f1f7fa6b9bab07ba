// How long postings.ingest takes on big boards, through the built host's `serve` mode (the
// figures in docs/watches.md). Not a test: run by hand.
//   ONWARD_HOST=build/native-host/onward-host node tests/e2e/bench-watches.mjs [sizes...]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { tempDir, hostPath } from './support/env.mjs';

const ROLES = [
  'Frontend Engineer', 'Senior Frontend Engineer', 'Backend Engineer', 'Staff Software Engineer', 'Product Designer',
  'Data Scientist', 'Engineering Manager', 'Site Reliability Engineer', 'Account Executive', 'Recruiter',
  'Frontend-Entwickler (m/w/d)', 'Ingénieur logiciel', 'Desarrollador Backend', 'QA Engineer', 'Product Manager',
  'Senior Data Engineer', 'Junior Frontend Developer', 'Principal Engineer', 'Customer Success Manager', 'Designer',
];
const PLACES = ['Berlin, Germany', 'Remote - Europe', 'Lisbon, Portugal', 'New York, NY', 'Hamburg, Germany'];

function board(n, offset) {
  const now = Date.now();
  const jobs = [];
  for (let i = 0; i < n; i++) {
    const t = new Date(now - ((i * 7919) % 60) * 86_400_000).toISOString();
    jobs.push({
      absolute_url: `https://job-boards.greenhouse.io/acme/jobs/${offset + i}`,
      internal_job_id: offset + i,
      location: { name: PLACES[i % PLACES.length] },
      metadata: null,
      id: offset + i,
      updated_at: t,
      first_published: t,
      requisition_id: `R-${i}`,
      title: ROLES[i % ROLES.length],
    });
  }
  return { jobs, meta: { total: n } };
}

class Host {
  constructor(db) {
    this.child = spawn(hostPath(), ['serve'], { env: { ...process.env, ONWARD_DB: db }, stdio: ['pipe', 'pipe', 'inherit'] });
    this.buf = Buffer.alloc(0);
    this.waiting = [];
    this.child.stdout.on('data', (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      while (this.buf.length >= 4 && this.buf.length >= 4 + this.buf.readUInt32LE(0)) {
        const n = this.buf.readUInt32LE(0);
        const reply = JSON.parse(this.buf.subarray(4, 4 + n).toString('utf8'));
        this.buf = this.buf.subarray(4 + n);
        this.waiting.shift()(reply);
      }
    });
    this.id = 0;
  }
  call(cmd, args) {
    const body = Buffer.from(JSON.stringify({ id: ++this.id, cmd, args }), 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(Buffer.concat([head, body]));
    }).then((r) => {
      if (!r.ok) throw new Error(`${cmd}: ${r.error.message}`);
      return r.result;
    });
  }
  close() {
    this.child.stdin.end();
  }
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const tmp = await tempDir('bench-watches');
try {
  const host = new Host(path.join(tmp.dir, 'onward.db'));
  await host.call('hello');
  for (const [k, n] of (sizes.length ? sizes : [100, 500, 2000]).entries()) {
    const app = await host.call('application.create', { company: `Acme ${n}`, role: 'Frontend Engineer', status: 'rejected' });
    const w = await host.call('watch.add', { application_id: app.id, board: { provider: 'greenhouse', token: `acme${n}` } });
    const text = JSON.stringify(board(n, k * 100_000));
    let t = performance.now();
    const first = await host.call('postings.ingest', { watch_id: w.id, payload: text });
    const firstMs = performance.now() - t;
    t = performance.now();
    const again = await host.call('postings.ingest', { watch_id: w.id, payload: text });
    const againMs = performance.now() - t;
    console.log(`${n} postings, ${(text.length / 1024).toFixed(0)} KiB: first ${firstMs.toFixed(0)} ms (${first.new_total} new, ${first.matches.length} matches, ${first.suppressed.length} suppressed), again ${againMs.toFixed(0)} ms (${again.new_total} new)`);
  }
  host.close();
} finally {
  await tmp.remove();
}
