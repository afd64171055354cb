import { main } from './annotate/main';

main(process.argv.slice(2), process.env).then((exitCode) => {
  process.exitCode = exitCode;
});
