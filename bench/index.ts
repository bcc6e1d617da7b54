// `npm run bench [-- NAME ...]`: prints the speed figures the issues ask for. Never asserts.
import * as foundation from './foundation';
import * as culture from './culture';
import * as kano from './kano';
import * as excellence from './excellence';
import * as report from './report';
import * as cli from './cli';
import * as large from './large';
import * as store from './store';
import * as live from './live';
import * as livePage from './livePage';

const BENCHES: Record<string, { run(): Promise<void> }> = {
  foundation,
  culture,
  kano,
  excellence,
  report,
  cli,
  large,
  store,
  live,
  'live-page': livePage,
};

const chosen = process.argv.slice(2);
const names = chosen.length ? chosen : Object.keys(BENCHES);
console.log(`Klantkompas benchmarks, Node ${process.version}, ${new Date().toISOString()}`);
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`Unknown bench "${name}"; choose from ${Object.keys(BENCHES).join(', ')}.`);
    process.exit(1);
  }
  console.log(`\n${name}`);
  await bench.run();
}
