// Entry of the `privacyscope` command (plain Node; never imports electron).
import { CLI_COMMANDS } from './cli/commands';
import { runCli } from './cli/run-cli';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());

void runCli(process.argv.slice(2), {
  commands: CLI_COMMANDS,
  io: {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    signal: controller.signal,
  },
}).then((code) => {
  process.exitCode = code;
});
