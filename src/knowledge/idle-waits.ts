// Calls a thread parks in while it has nothing to do: an event loop between events
// (epoll_wait, poll, select, kevent), a worker pool between jobs (futex, condition variables),
// a master between signals (rt_sigsuspend, pause), a server between clients (accept), a
// parent waiting for children (wait4), a timer (nanosleep). Found unfinished at the end of a
// trace the tracer detached from (strace -p then Ctrl-C), they are idle threads, not a hang.
// Reads and connects are not here: a process waiting for its peer's answer is the hang
// a trace is taken to find.
// Sources: futex(2), epoll_wait(2), poll(2), select(2), sigsuspend(2), accept(2), wait4(2),
// nanosleep(2), restart_syscall(2); XNU bsd/kern (psynch, ulock, workq, kevent).

export const IDLE_WAITS: ReadonlySet<string> = new Set(
  (
    'futex futex_waitv epoll_wait epoll_pwait epoll_pwait2 poll ppoll select pselect6 _newselect ' +
    'rt_sigsuspend sigsuspend pause rt_sigtimedwait sigtimedwait accept accept4 nanosleep clock_nanosleep ' +
    'wait4 waitid waitpid restart_syscall io_getevents io_uring_enter ' +
    'kevent kevent64 kevent_qos select_nocancel poll_nocancel accept_nocancel __semwait_signal psynch_cvwait ' +
    'psynch_mutexwait workq_kernreturn ulock_wait ulock_wait2'
  ).split(' '),
);

/** The call parks an idle thread (see above). */
export function isIdleWait(syscall: string): boolean {
  return IDLE_WAITS.has(syscall);
}
