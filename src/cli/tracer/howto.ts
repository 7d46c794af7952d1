// What `tracex run` tells the user when it cannot start a tracer itself.

/** strace is missing: how to install it. */
export const STRACE_INSTALL_HINT = [
  'strace is not installed (tracex run starts it to trace the program). Install it with your package manager:',
  '  Debian/Ubuntu: sudo apt-get install strace',
  '  Fedora/RHEL:   sudo dnf install strace',
  '  Alpine:        apk add strace',
  '  Arch:          sudo pacman -S strace',
].join('\n');

/** How to trace a program on Nanos: tracex cannot start a unikernel itself. */
export const NANOS_HOWTO = [
  'tracex run cannot start a Nanos unikernel itself; capture the trace with ops, then read it:',
  '  ops run ./program --trace > trace.txt 2>&1     (or: ops pkg load <pkg> --trace ...)',
  '  tracex explain trace.txt',
  'The console of the VM carries the trace, the program\'s own output and ops\'s messages together;',
  'tracex keeps the program output lines apart from the syscall lines.',
].join('\n');
