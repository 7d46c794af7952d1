// The syntax tree of a syscall's argument text. Built by grammars/args.ts; printing it
// back (grammars/print-args.ts) gives exactly the text it came from.

export type ArgValue =
  | IntArg
  | StrArg
  | NameArg
  | FlagsArg
  | StructArg
  | ArrayArg
  | CallArg
  | OpArg
  | CommentedArg
  | InOutArg
  | AssignArg
  | FdArg
  | EllipsisArg
  | RawArg;

/** `3`, `-1`, `0x7ffd`, `0644`, `00`. `text` keeps the spelling. */
export interface IntArg {
  kind: 'int';
  text: string;
  /** Numeric value; may be inexact beyond 2^53 (use `text` with BigInt then). */
  value: number;
}

/** `"abc\n"`, `"xx"...` (truncated), `@"abstract"`. `text` is the quoted form as printed. */
export interface StrArg {
  kind: 'str';
  text: string;
  /** Decoded contents (escapes resolved, bytes read as UTF-8 where valid, else Latin-1). */
  value: string;
  /** `...` followed the closing quote. */
  truncated: boolean;
  /** Prefixed by `@` (abstract UNIX socket name). */
  abstract?: boolean;
}

/** A bare name: `AT_FDCWD`, `NULL`, `O_RDONLY`, `&sin6_addr`, `???`. */
export interface NameArg {
  kind: 'name';
  text: string;
}

/** `A|B|0x40`. */
export interface FlagsArg {
  kind: 'flags';
  items: ArgValue[];
}

/** `{a=1, b=2, ...}` and nested unnamed `{{...}, "..."}`. */
export interface StructArg {
  kind: 'struct';
  items: ArgValue[];
  /** Space-separated fields of older strace termios: `{B38400 opost isig icanon echo ...}`. */
  sep?: ' ';
}

/** `[1, 2]`, bitsets `[5 6]`, complements `~[ILL TRAP]`. */
export interface ArrayArg {
  kind: 'array';
  items: ArgValue[];
  /** `, ` for arrays, ` ` for bitsets. */
  sep: ', ' | ' ';
  complement?: boolean;
  /** dtruss `sysctl([CTL_KERN, 14, 1, 3734, 0, 0] (4), ...)`: the MIB length printed as ` (4)` after the array. */
  count?: IntArg;
}

/** `htons(5432)`, `inet_addr("127.0.0.1")`, `makedev(0x1, 0x3)`, `WIFEXITED(s)`. */
export interface CallArg {
  kind: 'call';
  name: string;
  args: ArgValue[];
}

/** Binary expression `8192*1024`, `1<<CAP_CHOWN`, `WIFEXITED(s) && WEXITSTATUS(s) == 3`. `op` keeps its spacing. */
export interface OpArg {
  kind: 'op';
  op: string;
  left: ArgValue;
  right: ArgValue;
}

/** `0x80000 /* O_RDONLY|O_CLOEXEC *\/`, `0x7ffd... /* 39 vars *\/`. */
export interface CommentedArg {
  kind: 'commented';
  value: ArgValue;
  comment: string;
}

/** `110 => 2`, `{...} => {parent_tid=[15038]}`. */
export interface InOutArg {
  kind: 'inout';
  before: ArgValue;
  after: ArgValue;
}

/** `name=value` inside structs, and top-level arguments with -N / `child_stack=NULL`. */
export interface AssignArg {
  kind: 'assign';
  name: string;
  value: ArgValue;
}

/** `3</etc/passwd>`, `AT_FDCWD</srv>`, `3</tmp/x>(deleted)`, `19478<misc-renamed>` (-Y pids). */
export interface FdArg {
  kind: 'fd';
  value: ArgValue;
  /** Text between the outer `<` and `>`, escapes kept. */
  decoration: string;
  /** `(deleted)` printed after the closing `>` (strace ≥ 5.19). */
  deleted?: boolean;
  /** strace < 5.19 printed the marker inside: `3</x (deleted)>` (`decoration` is then `/x`). */
  deletedInside?: boolean;
}

/** `...` standing for elided items. */
export interface EllipsisArg {
  kind: 'ellipsis';
}

/** Text the grammar could not read; kept exactly. */
export interface RawArg {
  kind: 'raw';
  text: string;
}

/**
 * A parsed argument list. Halves of split calls leave fragments at the edges:
 * an entry half may end in `, ` and an exit half may start with `, ` or ` => `.
 */
export interface ArgList {
  items: ArgValue[];
  /** Text before the first item (`, ` or ` ` on a resumed half). */
  lead?: string;
  /** Text after the last item (`, ` on an unfinished half). */
  trail?: string;
  /** True when the grammar could not read the text; `items` is then one RawArg. */
  failed?: boolean;
}
