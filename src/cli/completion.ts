// `tracex completion bash|zsh|fish`: a shell completion script made from the program's own
// commands and options (so a new command or option completes without editing this file):
// command names, each command's options, the values of options with choices, and file names.

import { Argument, Command, Option } from 'commander';

/** What a completion script needs to know of one command. */
interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Its operands are files (trace files, `-ff` directories). */
  files: boolean;
  /** The choices of its first operand (`completion bash|zsh|fish`). */
  words: readonly string[];
}

interface OptionSpec {
  long?: string;
  short?: string;
  description: string;
  /** Takes a value (`--pid 12`). */
  value: boolean;
  choices: readonly string[];
  /** The value is a path (`-o FILE`). */
  path: boolean;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

function optionSpec(o: Option): OptionSpec {
  const spec: OptionSpec = { description: o.description, value: o.required || o.optional, choices: o.argChoices ?? [], path: /<file>/.test(o.flags) };
  if (o.long) spec.long = o.long;
  if (o.short) spec.short = o.short;
  return spec;
}

/** The commands of `program`; the default command (explain) also lends its options to `tracex FILE`. */
export function commandSpecs(program: Command): { root: OptionSpec[]; commands: CommandSpec[]; defaultCommand?: string } {
  const commands = program.commands
    .filter((c) => c.name() !== 'help')
    .map((c) => ({
      name: c.name(),
      description: c.description().split(/[:;(]/)[0]!.trim(),
      options: [...c.options.map(optionSpec), { long: '--help', short: '-h', description: 'show help', value: false, choices: [], path: false }],
      files: c.registeredArguments.some((a) => a.name() === 'files'),
      words: c.registeredArguments[0]?.argChoices ?? [],
    }));
  const root = [...program.options.map(optionSpec), { long: '--help', short: '-h', description: 'show help', value: false, choices: [], path: false }];
  const defaultName = (program as unknown as { _defaultCommandName?: string })._defaultCommandName;
  return defaultName ? { root, commands, defaultCommand: defaultName } : { root, commands };
}

const flagsOf = (options: OptionSpec[]): string[] => options.flatMap((o) => [o.long, o.short].filter((f): f is string => !!f));

/** Single-quoted for a shell (bash, zsh and fish all read `'…'\''…'` as one word). */
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** `case` patterns matching an option's flags: `--format|-f`. */
const pattern = (o: OptionSpec): string => [o.long, o.short].filter(Boolean).join('|');

/** The words `case "$cmd"` matches for a command: the default command is also the empty one. */
function cmdKeys(c: CommandSpec, defaultCommand: string | undefined): string[] {
  return c.name === defaultCommand ? [c.name, ''] : [c.name];
}

/** `case "$cmd:$prev"` arms that complete an option's value: its choices, a path, or nothing to offer. */
function valueArms(spec: ReturnType<typeof commandSpecs>, choices: (w: readonly string[]) => string, path: string, none: string): { patterns: string[]; body: string }[] {
  return spec.commands.flatMap((c) =>
    c.options
      .filter((o) => o.value)
      .map((o) => ({
        patterns: cmdKeys(c, spec.defaultCommand).flatMap((k) => flagsOf([o]).map((f) => `${k}:${f}`)),
        body: o.choices.length ? choices(o.choices) : o.path ? path : none,
      })),
  );
}

/** `case "$cmd"` arms, one per command, with the words each completes. */
function commandArms(spec: ReturnType<typeof commandSpecs>, pick: (c: CommandSpec) => string | undefined): { patterns: string[]; body: string }[] {
  return spec.commands.flatMap((c) => {
    const body = pick(c);
    return body === undefined ? [] : [{ patterns: cmdKeys(c, spec.defaultCommand).map((k) => (k === '' ? "''" : k)), body }];
  });
}

const optionsOf = (spec: ReturnType<typeof commandSpecs>, c: CommandSpec): string[] => flagsOf(c.name === spec.defaultCommand ? [...c.options, ...spec.root] : c.options);

export function bashScript(program: Command): string {
  const spec = commandSpecs(program);
  const names = spec.commands.map((c) => c.name);
  const arm = (a: { patterns: string[]; body: string }): string => `    ${a.patterns.join('|')}) ${a.body};;`;
  const values = valueArms(spec, (w) => `COMPREPLY=($(compgen -W ${quote(w.join(' '))} -- "$cur")); return`, 'COMPREPLY=($(compgen -f -- "$cur")); return', 'COMPREPLY=(); return');
  const options = commandArms(spec, (c) => `opts=${quote(optionsOf(spec, c).join(' '))}`);
  const files = commandArms(spec, (c) => (c.files ? 'COMPREPLY+=($(compgen -f -- "$cur"))' : c.words.length ? `COMPREPLY=($(compgen -W ${quote(c.words.join(' '))} -- "$cur"))` : undefined));
  return `# bash completion for tracex. Load it with: source <(tracex completion bash)
# or save it as ~/.local/share/bash-completion/completions/tracex
_tracex() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i opts=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${names.join('|')}) cmd="\${COMP_WORDS[i]}"; break;;
    esac
  done
  case "$cmd:$prev" in
${values.map(arm).join('\n')}
  esac
  case "$cmd" in
${options.map(arm).join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  COMPREPLY=()
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W ${quote(names.join(' '))} -- "$cur"))
  fi
  case "$cmd" in
${files.map(arm).join('\n')}
  esac
}
complete -o filenames -F _tracex tracex
`;
}

export function zshScript(program: Command): string {
  const spec = commandSpecs(program);
  const names = spec.commands.map((c) => c.name);
  const arm = (a: { patterns: string[]; body: string }): string => `    (${a.patterns.join('|')}) ${a.body};;`;
  const values = valueArms(spec, (w) => `compadd -- ${w.map(quote).join(' ')}; return`, '_files; return', 'return');
  const options = commandArms(spec, (c) => `compadd -- ${optionsOf(spec, c).map(quote).join(' ')}`);
  const files = commandArms(spec, (c) => (c.files ? '_files' : c.words.length ? `compadd -- ${c.words.map(quote).join(' ')}` : undefined));
  const described = spec.commands.map((c) => quote(`${c.name}:${c.description}`)).join(' ');
  return `#compdef tracex
# zsh completion for tracex. Load it with: source <(tracex completion zsh)   (after compinit)
# or save it as _tracex in a directory of your $fpath
_tracex() {
  local cmd="" i cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}"
  local -a commands
  for ((i = 2; i < CURRENT; i++)); do
    case "\${words[i]}" in
      (${names.join('|')}) cmd="\${words[i]}"; break;;
    esac
  done
  case "$cmd:$prev" in
${values.map(arm).join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${options.map(arm).join('\n')}
    esac
    return
  fi
  if [[ -z "$cmd" ]]; then
    commands=(${described})
    _describe 'command' commands
  fi
  case "$cmd" in
${files.map(arm).join('\n')}
  esac
}
if (( $+functions[compdef] )); then compdef _tracex tracex; fi
`;
}

export function fishScript(program: Command): string {
  const spec = commandSpecs(program);
  const names = spec.commands.map((c) => c.name).join(' ');
  const lines = [
    '# fish completion for tracex. Load it with: tracex completion fish | source',
    '# or save it as ~/.config/fish/completions/tracex.fish',
    'complete -c tracex -f',
  ];
  for (const c of spec.commands) lines.push(`complete -c tracex -n '__fish_use_subcommand' -a ${c.name} -d ${quote(c.description)}`);
  const optionLine = (o: OptionSpec, when: string): string => {
    const parts = ['complete -c tracex', `-n ${quote(when)}`];
    if (o.long) parts.push(`-l ${o.long.slice(2)}`);
    if (o.short) parts.push(`-s ${o.short.slice(1)}`);
    if (o.value) parts.push(o.choices.length ? `-x -a ${quote(o.choices.join(' '))}` : o.path ? '-r -F' : '-x');
    parts.push(`-d ${quote(o.description.split(/[;(]/)[0]!.trim())}`);
    return parts.join(' ');
  };
  for (const c of spec.commands) {
    const when = c.name === spec.defaultCommand ? `not __fish_seen_subcommand_from ${names}; or __fish_seen_subcommand_from ${c.name}` : `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) lines.push(optionLine(o, when));
    if (c.files) lines.push(`complete -c tracex -n ${quote(when)} -F`);
    if (c.words.length) lines.push(`complete -c tracex -n ${quote(when)} -a ${quote(c.words.join(' '))}`);
  }
  for (const o of spec.root.filter((x) => x.long !== '--help')) lines.push(optionLine(o, '__fish_use_subcommand'));
  return lines.join('\n') + '\n';
}

const SCRIPTS: Record<Shell, (program: Command) => string> = { bash: bashScript, zsh: zshScript, fish: fishScript };

/** `tracex completion SHELL`: prints the script for the program it is registered in. */
export function completionCommand(program: Command): Command {
  return new Command('completion')
    .description('print a shell completion script (commands, options, their values, files): bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'bash | zsh | fish').choices(SHELLS))
    .addHelpText(
      'after',
      '\nLoad it:\n  bash: source <(tracex completion bash)      (or save it in ~/.local/share/bash-completion/completions/tracex)\n  zsh:  source <(tracex completion zsh)       (after compinit; or save it as _tracex in your $fpath)\n  fish: tracex completion fish | source       (or save it as ~/.config/fish/completions/tracex.fish)',
    )
    .action((shell: Shell) => {
      process.stdout.write(SCRIPTS[shell](program));
    });
}
