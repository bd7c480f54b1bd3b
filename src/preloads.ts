/** Whether Node.js was told to preload modules (`--import`, `--require`, `--loader`), which may start threads of their own. */
export function preloads(execArgv: readonly string[], nodeOptions = ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => /^(?:--import|--require|-r|--loader|--experimental-loader)(?:=|$)/.test(arg));
}
