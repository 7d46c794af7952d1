// Darwin signals: XNU bsd/sys/signal.h. SIGCHLD is 20 and SIGUSR1 30 here (17 and 10 on Linux).
import type { ConstTable } from '../types.js';

/** Signals: XNU xnu-11417.101.15 bsd/sys/signal.h. */
export const signal: ConstTable = {
  source: 'Signals: XNU xnu-11417.101.15 bsd/sys/signal.h.',
  kind: 'enum',
  entries: [
    [1, 'SIGHUP'],
    [2, 'SIGINT'],
    [3, 'SIGQUIT'],
    [4, 'SIGILL'],
    [5, 'SIGTRAP'],
    [6, 'SIGABRT'],
    [7, 'SIGEMT'],
    [8, 'SIGFPE'],
    [9, 'SIGKILL'],
    [10, 'SIGBUS'],
    [11, 'SIGSEGV'],
    [12, 'SIGSYS'],
    [13, 'SIGPIPE'],
    [14, 'SIGALRM'],
    [15, 'SIGTERM'],
    [16, 'SIGURG'],
    [17, 'SIGSTOP'],
    [18, 'SIGTSTP'],
    [19, 'SIGCONT'],
    [20, 'SIGCHLD'],
    [21, 'SIGTTIN'],
    [22, 'SIGTTOU'],
    [23, 'SIGIO'],
    [24, 'SIGXCPU'],
    [25, 'SIGXFSZ'],
    [26, 'SIGVTALRM'],
    [27, 'SIGPROF'],
    [28, 'SIGWINCH'],
    [29, 'SIGINFO'],
    [30, 'SIGUSR1'],
    [31, 'SIGUSR2'],
  ],
};

/** sigprocmask() how: XNU xnu-11417.101.15 bsd/sys/signal.h. */
export const sigmaskHow: ConstTable = {
  source: 'sigprocmask() how: XNU xnu-11417.101.15 bsd/sys/signal.h.',
  kind: 'enum',
  entries: [
    [1, 'SIG_BLOCK'],
    [2, 'SIG_UNBLOCK'],
    [3, 'SIG_SETMASK'],
  ],
};
