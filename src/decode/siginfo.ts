// The siginfo strace prints with a delivered signal (`{si_signo=SIGINT, si_code=SI_USER,
// si_pid=7668, si_uid=0}`), read once: who sent it and how.

export interface Siginfo {
  code?: string;
  pid?: number;
  uid?: number;
  addr?: string;
}

export function parseSiginfo(info: string | undefined): Siginfo {
  const out: Siginfo = {};
  if (!info) return out;
  const code = /si_code=([A-Z_0-9]+)/.exec(info)?.[1];
  const pid = /si_pid=(\d+)/.exec(info)?.[1];
  const uid = /si_uid=(\d+)/.exec(info)?.[1];
  const addr = /si_addr=(0x[0-9a-fA-F]+|NULL)/.exec(info)?.[1];
  if (code) out.code = code;
  if (pid) out.pid = Number(pid);
  if (uid) out.uid = Number(uid);
  if (addr) out.addr = addr;
  return out;
}
