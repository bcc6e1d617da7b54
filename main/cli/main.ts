// The `klantkompas` command (bundled into dist/node/cli.mjs by scripts/build-node.mjs): one run
// of the CLI on this process's arguments, output and environment.
import { runCli } from './index';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
