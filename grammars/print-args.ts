// Prints an ArgValue tree back to text. For any text the grammar reads,
// printArgs(parseArgs(text)) === text (checked over the whole corpus).

import type { ArgList, ArgValue } from '../src/model/args.js';

export function printArg(v: ArgValue): string {
  switch (v.kind) {
    case 'int':
    case 'name':
    case 'raw':
      return v.text;
    case 'str':
      return (v.abstract ? '@' : '') + v.text + (v.truncated ? '...' : '');
    case 'flags':
      return v.items.map(printArg).join('|');
    case 'struct':
      return '{' + v.items.map(printArg).join(v.sep ?? ', ') + '}';
    case 'array':
      return (
        (v.complement ? '~[' : '[') +
        v.items.map(printArg).join(v.sep) +
        ']' +
        (v.count ? ' (' + v.count.text + ')' : '')
      );
    case 'call':
      return v.name + '(' + v.args.map(printArg).join(', ') + ')';
    case 'op':
      return printArg(v.left) + v.op + printArg(v.right);
    case 'commented':
      return printArg(v.value) + ' /* ' + v.comment + ' */';
    case 'inout':
      return printArg(v.before) + ' => ' + printArg(v.after);
    case 'assign':
      return v.name + '=' + printArg(v.value);
    case 'fd':
      return (
        printArg(v.value) +
        '<' +
        v.decoration +
        (v.deletedInside ? ' (deleted)>' : '>') +
        (v.deleted && !v.deletedInside ? '(deleted)' : '')
      );
    case 'ellipsis':
      return '...';
  }
}

export function printArgs(list: ArgList): string {
  return (list.lead ?? '') + list.items.map(printArg).join(', ') + (list.trail ?? '');
}
