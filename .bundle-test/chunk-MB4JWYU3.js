import {
  cStringBytes
} from "./chunk-YCOLI2KN.js";

// dist/src/decode/tables/types.js
var TABLE_NAMES = [
  "errno",
  "af",
  "socktype",
  "ipproto",
  "sol",
  "so",
  "ip",
  "ipv6",
  "tcp",
  "fcntl",
  "open-flags",
  "fd-flags",
  "at-flags",
  "dirfd",
  "signal",
  "sigmask-how",
  "shutdown",
  "msg-flags",
  "poll-events",
  "syscall"
];

// dist/src/decode/tables/darwin/errno.js
var errno = {
  source: "XNU xnu-11417.101.15 bsd/sys/errno.h; messages: Libc-1725.0.11 gen/errlst.c",
  kind: "enum",
  entries: [
    [-106, "EQSUSPENDED", "Output queue suspended (kernel-internal)"],
    [-8, "EDATALESS", "Dataless file (kernel-internal)"],
    [-7, "EKEEPLOOKING", "Keep looking (kernel-internal)"],
    [-6, "EREDRIVEOPEN", "Redrive open (kernel-internal)"],
    [-5, "ERECYCLE", "Restart lookup under heavy vnode pressure (kernel-internal)"],
    [-2, "EJUSTRETURN", "Return without changing registers (kernel-internal)"],
    [-1, "ERESTART", "Restart the system call (kernel-internal)"],
    [1, "EPERM", "Operation not permitted"],
    [2, "ENOENT", "No such file or directory"],
    [3, "ESRCH", "No such process"],
    [4, "EINTR", "Interrupted system call"],
    [5, "EIO", "Input/output error"],
    [6, "ENXIO", "Device not configured"],
    [7, "E2BIG", "Argument list too long"],
    [8, "ENOEXEC", "Exec format error"],
    [9, "EBADF", "Bad file descriptor"],
    [10, "ECHILD", "No child processes"],
    [11, "EDEADLK", "Resource deadlock avoided"],
    [12, "ENOMEM", "Cannot allocate memory"],
    [13, "EACCES", "Permission denied"],
    [14, "EFAULT", "Bad address"],
    [15, "ENOTBLK", "Block device required"],
    [16, "EBUSY", "Resource busy"],
    [17, "EEXIST", "File exists"],
    [18, "EXDEV", "Cross-device link"],
    [19, "ENODEV", "Operation not supported by device"],
    [20, "ENOTDIR", "Not a directory"],
    [21, "EISDIR", "Is a directory"],
    [22, "EINVAL", "Invalid argument"],
    [23, "ENFILE", "Too many open files in system"],
    [24, "EMFILE", "Too many open files"],
    [25, "ENOTTY", "Inappropriate ioctl for device"],
    [26, "ETXTBSY", "Text file busy"],
    [27, "EFBIG", "File too large"],
    [28, "ENOSPC", "No space left on device"],
    [29, "ESPIPE", "Illegal seek"],
    [30, "EROFS", "Read-only file system"],
    [31, "EMLINK", "Too many links"],
    [32, "EPIPE", "Broken pipe"],
    [33, "EDOM", "Numerical argument out of domain"],
    [34, "ERANGE", "Result too large"],
    [35, "EAGAIN", "Resource temporarily unavailable"],
    [35, "EWOULDBLOCK", "Resource temporarily unavailable"],
    [36, "EINPROGRESS", "Operation now in progress"],
    [37, "EALREADY", "Operation already in progress"],
    [38, "ENOTSOCK", "Socket operation on non-socket"],
    [39, "EDESTADDRREQ", "Destination address required"],
    [40, "EMSGSIZE", "Message too long"],
    [41, "EPROTOTYPE", "Protocol wrong type for socket"],
    [42, "ENOPROTOOPT", "Protocol not available"],
    [43, "EPROTONOSUPPORT", "Protocol not supported"],
    [44, "ESOCKTNOSUPPORT", "Socket type not supported"],
    [45, "ENOTSUP", "Operation not supported"],
    [46, "EPFNOSUPPORT", "Protocol family not supported"],
    [47, "EAFNOSUPPORT", "Address family not supported by protocol family"],
    [48, "EADDRINUSE", "Address already in use"],
    [49, "EADDRNOTAVAIL", "Can't assign requested address"],
    [50, "ENETDOWN", "Network is down"],
    [51, "ENETUNREACH", "Network is unreachable"],
    [52, "ENETRESET", "Network dropped connection on reset"],
    [53, "ECONNABORTED", "Software caused connection abort"],
    [54, "ECONNRESET", "Connection reset by peer"],
    [55, "ENOBUFS", "No buffer space available"],
    [56, "EISCONN", "Socket is already connected"],
    [57, "ENOTCONN", "Socket is not connected"],
    [58, "ESHUTDOWN", "Can't send after socket shutdown"],
    [59, "ETOOMANYREFS", "Too many references: can't splice"],
    [60, "ETIMEDOUT", "Operation timed out"],
    [61, "ECONNREFUSED", "Connection refused"],
    [62, "ELOOP", "Too many levels of symbolic links"],
    [63, "ENAMETOOLONG", "File name too long"],
    [64, "EHOSTDOWN", "Host is down"],
    [65, "EHOSTUNREACH", "No route to host"],
    [66, "ENOTEMPTY", "Directory not empty"],
    [67, "EPROCLIM", "Too many processes"],
    [68, "EUSERS", "Too many users"],
    [69, "EDQUOT", "Disc quota exceeded"],
    [70, "ESTALE", "Stale NFS file handle"],
    [71, "EREMOTE", "Too many levels of remote in path"],
    [72, "EBADRPC", "RPC struct is bad"],
    [73, "ERPCMISMATCH", "RPC version wrong"],
    [74, "EPROGUNAVAIL", "RPC prog. not avail"],
    [75, "EPROGMISMATCH", "Program version wrong"],
    [76, "EPROCUNAVAIL", "Bad procedure for program"],
    [77, "ENOLCK", "No locks available"],
    [78, "ENOSYS", "Function not implemented"],
    [79, "EFTYPE", "Inappropriate file type or format"],
    [80, "EAUTH", "Authentication error"],
    [81, "ENEEDAUTH", "Need authenticator"],
    [82, "EPWROFF", "Device power is off"],
    [83, "EDEVERR", "Device error"],
    [84, "EOVERFLOW", "Value too large to be stored in data type"],
    [85, "EBADEXEC", "Bad executable (or shared library)"],
    [86, "EBADARCH", "Bad CPU type in executable"],
    [87, "ESHLIBVERS", "Shared library version mismatch"],
    [88, "EBADMACHO", "Malformed Mach-o file"],
    [89, "ECANCELED", "Operation canceled"],
    [90, "EIDRM", "Identifier removed"],
    [91, "ENOMSG", "No message of desired type"],
    [92, "EILSEQ", "Illegal byte sequence"],
    [93, "ENOATTR", "Attribute not found"],
    [94, "EBADMSG", "Bad message"],
    [95, "EMULTIHOP", "EMULTIHOP (Reserved)"],
    [96, "ENODATA", "No message available on STREAM"],
    [97, "ENOLINK", "ENOLINK (Reserved)"],
    [98, "ENOSR", "No STREAM resources"],
    [99, "ENOSTR", "Not a STREAM"],
    [100, "EPROTO", "Protocol error"],
    [101, "ETIME", "STREAM ioctl timeout"],
    [102, "EOPNOTSUPP", "Operation not supported on socket"],
    [103, "ENOPOLICY", "Policy not found"],
    [104, "ENOTRECOVERABLE", "State not recoverable"],
    [105, "EOWNERDEAD", "Previous owner died"],
    [106, "EQFULL", "Interface output queue is full"],
    [106, "ELAST", "Interface output queue is full"]
  ]
};

// dist/src/decode/tables/darwin/fcntl.js
var fcntl = {
  source: "fcntl() commands: XNU xnu-11417.101.15 bsd/sys/fcntl.h (F_*).",
  kind: "enum",
  entries: [
    [0, "F_DUPFD"],
    [1, "F_GETFD"],
    [2, "F_SETFD"],
    [3, "F_GETFL"],
    [4, "F_SETFL"],
    [5, "F_GETOWN"],
    [6, "F_SETOWN"],
    [7, "F_GETLK"],
    [8, "F_SETLK"],
    [9, "F_SETLKW"],
    [10, "F_SETLKWTIMEOUT"],
    [40, "F_FLUSH_DATA"],
    [41, "F_CHKCLEAN"],
    [42, "F_PREALLOCATE"],
    [43, "F_SETSIZE"],
    [44, "F_RDADVISE"],
    [45, "F_RDAHEAD"],
    [48, "F_NOCACHE"],
    [49, "F_LOG2PHYS"],
    [50, "F_GETPATH"],
    [51, "F_FULLFSYNC"],
    [52, "F_PATHPKG_CHECK"],
    [53, "F_FREEZE_FS"],
    [54, "F_THAW_FS"],
    [55, "F_GLOBAL_NOCACHE"],
    [56, "F_OPENFROM"],
    [57, "F_UNLINKFROM"],
    [58, "F_CHECK_OPENEVT"],
    [59, "F_ADDSIGS"],
    [60, "F_MARKDEPENDENCY"],
    [61, "F_ADDFILESIGS"],
    [62, "F_NODIRECT"],
    [63, "F_GETPROTECTIONCLASS"],
    [64, "F_SETPROTECTIONCLASS"],
    [65, "F_LOG2PHYS_EXT"],
    [66, "F_GETLKPID"],
    [67, "F_DUPFD_CLOEXEC"],
    [68, "F_SETSTATICCONTENT"],
    [69, "F_MOVEDATAEXTENTS"],
    [70, "F_SETBACKINGSTORE"],
    [71, "F_GETPATH_MTMINFO"],
    [72, "F_GETCODEDIR"],
    [73, "F_SETNOSIGPIPE"],
    [74, "F_GETNOSIGPIPE"],
    [75, "F_TRANSCODEKEY"],
    [76, "F_SINGLE_WRITER"],
    [77, "F_GETPROTECTIONLEVEL"],
    [78, "F_FINDSIGS"],
    [79, "F_GETDEFAULTPROTLEVEL"],
    [80, "F_MAKECOMPRESSED"],
    [81, "F_SET_GREEDY_MODE"],
    [82, "F_SETIOTYPE"],
    [83, "F_ADDFILESIGS_FOR_DYLD_SIM"],
    [84, "F_RECYCLE"],
    [85, "F_BARRIERFSYNC"],
    [90, "F_OFD_SETLK"],
    [91, "F_OFD_SETLKW"],
    [92, "F_OFD_GETLK"],
    [93, "F_OFD_SETLKWTIMEOUT"],
    [94, "F_OFD_GETLKPID"],
    [95, "F_SETCONFINED"],
    [96, "F_GETCONFINED"],
    [97, "F_ADDFILESIGS_RETURN"],
    [98, "F_CHECK_LV"],
    [99, "F_PUNCHHOLE"],
    [100, "F_TRIM_ACTIVE_FILE"],
    [101, "F_SPECULATIVE_READ"],
    [102, "F_GETPATH_NOFIRMLINK"],
    [103, "F_ADDFILESIGS_INFO"],
    [104, "F_ADDFILESUPPL"],
    [105, "F_GETSIGSINFO"],
    [106, "F_SETLEASE"],
    [107, "F_GETLEASE"],
    [108, "F_ASSERT_BG_ACCESS"],
    [109, "F_RELEASE_BG_ACCESS"],
    [110, "F_TRANSFEREXTENTS"],
    [111, "F_ATTRIBUTION_TAG"],
    [112, "F_NOCACHE_EXT"],
    [113, "F_ADDSIGS_MAIN_BINARY"]
  ]
};
var openFlags = {
  source: "open() flags: XNU xnu-11417.101.15 bsd/sys/fcntl.h, bsd/sys/_types/_o_sync.h, _o_dsync.h. O_SEARCH (O_EXEC|O_DIRECTORY) comes first so that it wins.",
  kind: "flags",
  fieldMask: 3,
  entries: [
    [0, "O_RDONLY"],
    [1, "O_WRONLY"],
    [2, "O_RDWR"],
    [1074790400, "O_SEARCH"],
    [4, "O_NONBLOCK"],
    [4, "O_NDELAY"],
    [8, "O_APPEND"],
    [16, "O_SHLOCK"],
    [32, "O_EXLOCK"],
    [64, "O_ASYNC"],
    [128, "O_SYNC"],
    [128, "O_FSYNC"],
    [256, "O_NOFOLLOW"],
    [512, "O_CREAT"],
    [1024, "O_TRUNC"],
    [2048, "O_EXCL"],
    [4096, "O_RESOLVE_BENEATH"],
    [32768, "O_EVTONLY"],
    [131072, "O_NOCTTY"],
    [1048576, "O_DIRECTORY"],
    [2097152, "O_SYMLINK"],
    [4194304, "O_DSYNC"],
    [16777216, "O_CLOEXEC"],
    [134217728, "O_CLOFORK"],
    [536870912, "O_NOFOLLOW_ANY"],
    [1073741824, "O_EXEC"]
  ]
};
var fdFlags = {
  source: "F_GETFD/F_SETFD flags: XNU xnu-11417.101.15 bsd/sys/fcntl.h.",
  kind: "flags",
  entries: [
    [1, "FD_CLOEXEC"]
  ]
};
var atFlags = {
  source: "*at() flags: XNU xnu-11417.101.15 bsd/sys/fcntl.h (AT_*).",
  kind: "flags",
  entries: [
    [16, "AT_EACCESS"],
    [32, "AT_SYMLINK_NOFOLLOW"],
    [64, "AT_SYMLINK_FOLLOW"],
    [128, "AT_REMOVEDIR"],
    [512, "AT_REALDEV"],
    [1024, "AT_FDONLY"],
    [2048, "AT_SYMLINK_NOFOLLOW_ANY"]
  ]
};
var dirfd = {
  source: "Special directory fds: XNU xnu-11417.101.15 bsd/sys/fcntl.h (AT_FDCWD, printed by dtruss as 0xFFFFFFFFFFFFFFFE).",
  kind: "enum",
  entries: [
    [-2, "AT_FDCWD"]
  ]
};

// dist/src/decode/tables/darwin/in.js
var ipproto = {
  source: "IP protocols: XNU xnu-11417.101.15 bsd/netinet/in.h (IPPROTO_*; the common ones).",
  kind: "enum",
  entries: [
    [0, "IPPROTO_IP"],
    [0, "IPPROTO_HOPOPTS"],
    [1, "IPPROTO_ICMP"],
    [2, "IPPROTO_IGMP"],
    [4, "IPPROTO_IPV4"],
    [4, "IPPROTO_IPIP"],
    [6, "IPPROTO_TCP"],
    [17, "IPPROTO_UDP"],
    [41, "IPPROTO_IPV6"],
    [43, "IPPROTO_ROUTING"],
    [44, "IPPROTO_FRAGMENT"],
    [47, "IPPROTO_GRE"],
    [50, "IPPROTO_ESP"],
    [51, "IPPROTO_AH"],
    [58, "IPPROTO_ICMPV6"],
    [59, "IPPROTO_NONE"],
    [60, "IPPROTO_DSTOPTS"],
    [103, "IPPROTO_PIM"],
    [108, "IPPROTO_IPCOMP"],
    [113, "IPPROTO_PGM"],
    [132, "IPPROTO_SCTP"],
    [254, "IPPROTO_DIVERT"],
    [255, "IPPROTO_RAW"]
  ]
};
var ip = {
  source: "IPPROTO_IP options: XNU xnu-11417.101.15 bsd/netinet/in.h (IP_*).",
  kind: "enum",
  entries: [
    [1, "IP_OPTIONS"],
    [2, "IP_HDRINCL"],
    [3, "IP_TOS"],
    [4, "IP_TTL"],
    [5, "IP_RECVOPTS"],
    [6, "IP_RECVRETOPTS"],
    [7, "IP_RECVDSTADDR"],
    [8, "IP_RETOPTS"],
    [9, "IP_MULTICAST_IF"],
    [10, "IP_MULTICAST_TTL"],
    [11, "IP_MULTICAST_LOOP"],
    [12, "IP_ADD_MEMBERSHIP"],
    [13, "IP_DROP_MEMBERSHIP"],
    [14, "IP_MULTICAST_VIF"],
    [19, "IP_PORTRANGE"],
    [20, "IP_RECVIF"],
    [21, "IP_IPSEC_POLICY"],
    [23, "IP_STRIPHDR"],
    [24, "IP_RECVTTL"],
    [25, "IP_BOUND_IF"],
    [26, "IP_PKTINFO"],
    [26, "IP_RECVPKTINFO"],
    [27, "IP_RECVTOS"],
    [28, "IP_DONTFRAG"],
    [65, "IP_TRAFFIC_MGT_BACKGROUND"],
    [66, "IP_MULTICAST_IFINDEX"],
    [70, "IP_ADD_SOURCE_MEMBERSHIP"],
    [71, "IP_DROP_SOURCE_MEMBERSHIP"],
    [72, "IP_BLOCK_SOURCE"],
    [73, "IP_UNBLOCK_SOURCE"],
    [74, "IP_MSFILTER"]
  ]
};
var ipv6 = {
  source: "IPPROTO_IPV6 options: XNU xnu-11417.101.15 bsd/netinet6/in6.h (IPV6_*).",
  kind: "enum",
  entries: [
    [4, "IPV6_UNICAST_HOPS"],
    [9, "IPV6_MULTICAST_IF"],
    [10, "IPV6_MULTICAST_HOPS"],
    [11, "IPV6_MULTICAST_LOOP"],
    [12, "IPV6_JOIN_GROUP"],
    [13, "IPV6_LEAVE_GROUP"],
    [14, "IPV6_PORTRANGE"],
    [19, "IPV6_2292PKTINFO"],
    [27, "IPV6_V6ONLY"],
    [35, "IPV6_RECVTCLASS"],
    [36, "IPV6_TCLASS"],
    [37, "IPV6_RECVHOPLIMIT"],
    [46, "IPV6_3542PKTINFO"],
    [47, "IPV6_3542HOPLIMIT"],
    [61, "IPV6_RECVPKTINFO"],
    [62, "IPV6_DONTFRAG"],
    [125, "IPV6_BOUND_IF"]
  ]
};
var tcp = {
  source: "IPPROTO_TCP options: XNU xnu-11417.101.15 bsd/netinet/tcp.h (TCP_*).",
  kind: "enum",
  entries: [
    [1, "TCP_NODELAY"],
    [2, "TCP_MAXSEG"],
    [4, "TCP_NOPUSH"],
    [8, "TCP_NOOPT"],
    [16, "TCP_KEEPALIVE"],
    [32, "TCP_CONNECTIONTIMEOUT"],
    [128, "TCP_RXT_CONNDROPTIME"],
    [256, "TCP_RXT_FINDROP"],
    [257, "TCP_KEEPINTVL"],
    [258, "TCP_KEEPCNT"],
    [259, "TCP_SENDMOREACKS"],
    [260, "TCP_ENABLE_ECN"],
    [261, "TCP_FASTOPEN"],
    [262, "TCP_CONNECTION_INFO"],
    [513, "TCP_NOTSENT_LOWAT"]
  ]
};

// dist/src/decode/tables/darwin/poll.js
var pollEvents = {
  source: "poll() events: XNU xnu-11417.101.15 bsd/sys/poll.h.",
  kind: "flags",
  entries: [
    [1, "POLLIN"],
    [2, "POLLPRI"],
    [4, "POLLOUT"],
    [4, "POLLWRNORM"],
    [8, "POLLERR"],
    [16, "POLLHUP"],
    [32, "POLLNVAL"],
    [64, "POLLRDNORM"],
    [128, "POLLRDBAND"],
    [256, "POLLWRBAND"],
    [512, "POLLEXTEND"],
    [1024, "POLLATTRIB"],
    [2048, "POLLNLINK"],
    [4096, "POLLWRITE"]
  ]
};

// dist/src/decode/tables/darwin/signal.js
var signal = {
  source: "Signals: XNU xnu-11417.101.15 bsd/sys/signal.h.",
  kind: "enum",
  entries: [
    [1, "SIGHUP"],
    [2, "SIGINT"],
    [3, "SIGQUIT"],
    [4, "SIGILL"],
    [5, "SIGTRAP"],
    [6, "SIGABRT"],
    [7, "SIGEMT"],
    [8, "SIGFPE"],
    [9, "SIGKILL"],
    [10, "SIGBUS"],
    [11, "SIGSEGV"],
    [12, "SIGSYS"],
    [13, "SIGPIPE"],
    [14, "SIGALRM"],
    [15, "SIGTERM"],
    [16, "SIGURG"],
    [17, "SIGSTOP"],
    [18, "SIGTSTP"],
    [19, "SIGCONT"],
    [20, "SIGCHLD"],
    [21, "SIGTTIN"],
    [22, "SIGTTOU"],
    [23, "SIGIO"],
    [24, "SIGXCPU"],
    [25, "SIGXFSZ"],
    [26, "SIGVTALRM"],
    [27, "SIGPROF"],
    [28, "SIGWINCH"],
    [29, "SIGINFO"],
    [30, "SIGUSR1"],
    [31, "SIGUSR2"]
  ]
};
var sigmaskHow = {
  source: "sigprocmask() how: XNU xnu-11417.101.15 bsd/sys/signal.h.",
  kind: "enum",
  entries: [
    [1, "SIG_BLOCK"],
    [2, "SIG_UNBLOCK"],
    [3, "SIG_SETMASK"]
  ]
};

// dist/src/decode/tables/darwin/socket.js
var af = {
  source: "Address families: XNU xnu-11417.101.15 bsd/sys/socket.h (AF_*).",
  kind: "enum",
  entries: [
    [0, "AF_UNSPEC"],
    [1, "AF_UNIX"],
    [1, "AF_LOCAL"],
    [2, "AF_INET"],
    [3, "AF_IMPLINK"],
    [4, "AF_PUP"],
    [5, "AF_CHAOS"],
    [6, "AF_NS"],
    [7, "AF_ISO"],
    [7, "AF_OSI"],
    [8, "AF_ECMA"],
    [9, "AF_DATAKIT"],
    [10, "AF_CCITT"],
    [11, "AF_SNA"],
    [12, "AF_DECnet"],
    [13, "AF_DLI"],
    [14, "AF_LAT"],
    [15, "AF_HYLINK"],
    [16, "AF_APPLETALK"],
    [17, "AF_ROUTE"],
    [18, "AF_LINK"],
    [19, "pseudo_AF_XTP"],
    [20, "AF_COIP"],
    [21, "AF_CNT"],
    [22, "pseudo_AF_RTIP"],
    [23, "AF_IPX"],
    [24, "AF_SIP"],
    [25, "pseudo_AF_PIP"],
    [27, "AF_NDRV"],
    [28, "AF_ISDN"],
    [28, "AF_E164"],
    [29, "pseudo_AF_KEY"],
    [30, "AF_INET6"],
    [31, "AF_NATM"],
    [32, "AF_SYSTEM"],
    [33, "AF_NETBIOS"],
    [34, "AF_PPP"],
    [35, "pseudo_AF_HDRCMPLT"],
    [36, "AF_RESERVED_36"],
    [37, "AF_IEEE80211"],
    [38, "AF_UTUN"],
    [40, "AF_VSOCK"]
  ]
};
var socktype = {
  source: "Socket types: XNU xnu-11417.101.15 bsd/sys/socket.h (SOCK_*; read like Linux, low 4 bits the type; Darwin has no flag bits here).",
  kind: "flags",
  fieldMask: 15,
  entries: [
    [1, "SOCK_STREAM"],
    [2, "SOCK_DGRAM"],
    [3, "SOCK_RAW"],
    [4, "SOCK_RDM"],
    [5, "SOCK_SEQPACKET"]
  ]
};
var sol = {
  source: "Socket option levels: XNU xnu-11417.101.15 bsd/sys/socket.h (SOL_SOCKET), bsd/netinet/in.h (IPPROTO_*), bsd/sys/un.h (SOL_LOCAL, level 0 on AF_UNIX sockets).",
  kind: "enum",
  entries: [
    [65535, "SOL_SOCKET"],
    [0, "IPPROTO_IP"],
    [6, "IPPROTO_TCP"],
    [17, "IPPROTO_UDP"],
    [41, "IPPROTO_IPV6"],
    [0, "SOL_LOCAL"]
  ]
};
var so = {
  source: "SOL_SOCKET options: XNU xnu-11417.101.15 bsd/sys/socket.h and bsd/sys/socket_private.h (SO_*).",
  kind: "enum",
  entries: [
    [1, "SO_DEBUG"],
    [2, "SO_ACCEPTCONN"],
    [4, "SO_REUSEADDR"],
    [8, "SO_KEEPALIVE"],
    [16, "SO_DONTROUTE"],
    [32, "SO_BROADCAST"],
    [64, "SO_USELOOPBACK"],
    [128, "SO_LINGER"],
    [4224, "SO_LINGER_SEC"],
    [256, "SO_OOBINLINE"],
    [512, "SO_REUSEPORT"],
    [1024, "SO_TIMESTAMP"],
    [2048, "SO_TIMESTAMP_MONOTONIC"],
    [8192, "SO_DONTTRUNC"],
    [16384, "SO_WANTMORE"],
    [32768, "SO_WANTOOBFLAG"],
    [4097, "SO_SNDBUF"],
    [4098, "SO_RCVBUF"],
    [4099, "SO_SNDLOWAT"],
    [4100, "SO_RCVLOWAT"],
    [4101, "SO_SNDTIMEO"],
    [4102, "SO_RCVTIMEO"],
    [4103, "SO_ERROR"],
    [4104, "SO_TYPE"],
    [4112, "SO_LABEL"],
    [4113, "SO_PEERLABEL"],
    [4128, "SO_NREAD"],
    [4129, "SO_NKE"],
    [4130, "SO_NOSIGPIPE"],
    [4131, "SO_NOADDRERR"],
    [4132, "SO_NWRITE"],
    [4133, "SO_REUSESHAREUID"],
    [4134, "SO_NOTIFYCONFLICT"],
    [4135, "SO_UPCALLCLOSEWAIT"],
    [4226, "SO_RANDOMPORT"],
    [4227, "SO_NP_EXTENSIONS"],
    [4370, "SO_NUMRCVPKT"],
    [4374, "SO_NET_SERVICE_TYPE"],
    [4377, "SO_NETSVC_MARKING_LEVEL"],
    [4401, "SO_RESOLVER_SIGNATURE"],
    [4404, "SO_BINDTODEVICE"],
    [4225, "SO_RESTRICTIONS"],
    [4229, "SO_EXECPATH"],
    [4230, "SO_TRAFFIC_CLASS"],
    [4231, "SO_RECV_TRAFFIC_CLASS"],
    [4232, "SO_TRAFFIC_CLASS_DBG"],
    [4240, "SO_PRIVILEGED_TRAFFIC_CLASS"],
    [4241, "SO_DEFUNCTIT"],
    [4352, "SO_DEFUNCTOK"],
    [4353, "SO_ISDEFUNCT"],
    [4354, "SO_OPPORTUNISTIC"],
    [4355, "SO_FLUSH"],
    [4356, "SO_RECV_ANYIF"],
    [4357, "SO_TRAFFIC_MGT_BACKGROUND"],
    [4358, "SO_FLOW_DIVERT_TOKEN"],
    [4359, "SO_DELEGATED"],
    [4360, "SO_DELEGATED_UUID"],
    [4361, "SO_NECP_ATTRIBUTES"],
    [4368, "SO_CFIL_SOCK_ID"],
    [4369, "SO_NECP_CLIENTUUID"],
    [4371, "SO_AWDL_UNRESTRICTED"],
    [4372, "SO_EXTENDED_BK_IDLE"],
    [4373, "SO_MARK_CELLFALLBACK"],
    [4375, "SO_QOSMARKING_POLICY_OVERRIDE"],
    [4376, "SO_INTCOPROC_ALLOW"],
    [4384, "SO_NECP_LISTENUUID"],
    [4386, "SO_MPKL_SEND_INFO"],
    [4387, "SO_STATISTICS_EVENT"],
    [4388, "SO_WANT_KEV_SOCKET_CLOSED"],
    [4389, "SO_MARK_KNOWN_TRACKER"],
    [4390, "SO_MARK_KNOWN_TRACKER_NON_APP_INITIATED"],
    [4391, "SO_MARK_WAKE_PKT"],
    [4392, "SO_RECV_WAKE_PKT"],
    [4393, "SO_MARK_APPROVED_APP_DOMAIN"],
    [4400, "SO_FALLBACK_MODE"],
    [4402, "SO_MARK_CELLFALLBACK_UUID"],
    [4403, "SO_APPLICATION_ID"],
    [4405, "SO_MARK_DOMAIN_INFO_SILENT"]
  ]
};
var msg = {
  source: "send/recv flags: XNU xnu-11417.101.15 bsd/sys/socket.h (MSG_*).",
  kind: "flags",
  entries: [
    [1, "MSG_OOB"],
    [2, "MSG_PEEK"],
    [4, "MSG_DONTROUTE"],
    [8, "MSG_EOR"],
    [16, "MSG_TRUNC"],
    [32, "MSG_CTRUNC"],
    [64, "MSG_WAITALL"],
    [128, "MSG_DONTWAIT"],
    [256, "MSG_EOF"],
    [512, "MSG_WAITSTREAM"],
    [1024, "MSG_FLUSH"],
    [2048, "MSG_HOLD"],
    [4096, "MSG_SEND"],
    [8192, "MSG_HAVEMORE"],
    [16384, "MSG_RCVMORE"],
    [65536, "MSG_NEEDSA"],
    [524288, "MSG_NOSIGNAL"],
    [2147483648, "MSG_USEUPCALL"]
  ]
};
var shutdown = {
  source: "shutdown() how: XNU xnu-11417.101.15 bsd/sys/socket.h (SHUT_*).",
  kind: "enum",
  entries: [
    [0, "SHUT_RD"],
    [1, "SHUT_WR"],
    [2, "SHUT_RDWR"]
  ]
};

// dist/src/decode/tables/darwin/syscalls.js
var syscalls = {
  source: "XNU xnu-11417.101.15 bsd/kern/syscalls.master",
  kind: "enum",
  entries: [
    [0, "syscall"],
    [1, "exit"],
    [2, "fork"],
    [3, "read"],
    [4, "write"],
    [5, "open"],
    [6, "close"],
    [7, "wait4"],
    [9, "link"],
    [10, "unlink"],
    [12, "chdir"],
    [13, "fchdir"],
    [14, "mknod"],
    [15, "chmod"],
    [16, "chown"],
    [18, "getfsstat"],
    [20, "getpid"],
    [23, "setuid"],
    [24, "getuid"],
    [25, "geteuid"],
    [26, "ptrace"],
    [27, "recvmsg"],
    [28, "sendmsg"],
    [29, "recvfrom"],
    [30, "accept"],
    [31, "getpeername"],
    [32, "getsockname"],
    [33, "access"],
    [34, "chflags"],
    [35, "fchflags"],
    [36, "sync"],
    [37, "kill"],
    [38, "crossarch_trap"],
    [39, "getppid"],
    [41, "dup"],
    [42, "pipe"],
    [43, "getegid"],
    [46, "sigaction"],
    [47, "getgid"],
    [48, "sigprocmask"],
    [49, "getlogin"],
    [50, "setlogin"],
    [51, "acct"],
    [52, "sigpending"],
    [53, "sigaltstack"],
    [54, "ioctl"],
    [55, "reboot"],
    [56, "revoke"],
    [57, "symlink"],
    [58, "readlink"],
    [59, "execve"],
    [60, "umask"],
    [61, "chroot"],
    [65, "msync"],
    [66, "vfork"],
    [67, "oslog_coproc_reg"],
    [68, "oslog_coproc"],
    [73, "munmap"],
    [74, "mprotect"],
    [75, "madvise"],
    [78, "mincore"],
    [79, "getgroups"],
    [80, "setgroups"],
    [81, "getpgrp"],
    [82, "setpgid"],
    [83, "setitimer"],
    [85, "swapon"],
    [86, "getitimer"],
    [89, "getdtablesize"],
    [90, "dup2"],
    [92, "fcntl"],
    [93, "select"],
    [95, "fsync"],
    [96, "setpriority"],
    [97, "socket"],
    [98, "connect"],
    [100, "getpriority"],
    [104, "bind"],
    [105, "setsockopt"],
    [106, "listen"],
    [111, "sigsuspend"],
    [116, "gettimeofday"],
    [117, "getrusage"],
    [118, "getsockopt"],
    [120, "readv"],
    [121, "writev"],
    [122, "settimeofday"],
    [123, "fchown"],
    [124, "fchmod"],
    [126, "setreuid"],
    [127, "setregid"],
    [128, "rename"],
    [131, "flock"],
    [132, "mkfifo"],
    [133, "sendto"],
    [134, "shutdown"],
    [135, "socketpair"],
    [136, "mkdir"],
    [137, "rmdir"],
    [138, "utimes"],
    [139, "futimes"],
    [140, "adjtime"],
    [142, "gethostuuid"],
    [147, "setsid"],
    [151, "getpgid"],
    [152, "setprivexec"],
    [153, "pread"],
    [154, "pwrite"],
    [155, "nfssvc"],
    [157, "statfs"],
    [158, "fstatfs"],
    [159, "unmount"],
    [161, "getfh"],
    [165, "quotactl"],
    [167, "mount"],
    [169, "csops"],
    [170, "csops_audittoken"],
    [173, "waitid"],
    [177, "kdebug_typefilter"],
    [178, "kdebug_trace_string"],
    [179, "kdebug_trace64"],
    [180, "kdebug_trace"],
    [181, "setgid"],
    [182, "setegid"],
    [183, "seteuid"],
    [184, "sigreturn"],
    [185, "panic_with_data"],
    [186, "thread_selfcounts"],
    [187, "fdatasync"],
    [188, "stat"],
    [189, "fstat"],
    [190, "lstat"],
    [191, "pathconf"],
    [192, "fpathconf"],
    [194, "getrlimit"],
    [195, "setrlimit"],
    [196, "getdirentries"],
    [197, "mmap"],
    [199, "lseek"],
    [200, "truncate"],
    [201, "ftruncate"],
    [202, "sysctl"],
    [202, "__sysctl"],
    [203, "mlock"],
    [204, "munlock"],
    [205, "undelete"],
    [216, "open_dprotected_np"],
    [217, "fsgetpath_ext"],
    [218, "openat_dprotected_np"],
    [220, "getattrlist"],
    [221, "setattrlist"],
    [222, "getdirentriesattr"],
    [223, "exchangedata"],
    [225, "searchfs"],
    [226, "delete"],
    [227, "copyfile"],
    [228, "fgetattrlist"],
    [229, "fsetattrlist"],
    [230, "poll"],
    [234, "getxattr"],
    [235, "fgetxattr"],
    [236, "setxattr"],
    [237, "fsetxattr"],
    [238, "removexattr"],
    [239, "fremovexattr"],
    [240, "listxattr"],
    [241, "flistxattr"],
    [242, "fsctl"],
    [243, "initgroups"],
    [244, "posix_spawn"],
    [245, "ffsctl"],
    [248, "fhopen"],
    [250, "minherit"],
    [251, "semsys"],
    [252, "msgsys"],
    [253, "shmsys"],
    [254, "semctl"],
    [255, "semget"],
    [256, "semop"],
    [258, "msgctl"],
    [259, "msgget"],
    [260, "msgsnd"],
    [261, "msgrcv"],
    [262, "shmat"],
    [263, "shmctl"],
    [264, "shmdt"],
    [265, "shmget"],
    [266, "shm_open"],
    [267, "shm_unlink"],
    [268, "sem_open"],
    [269, "sem_close"],
    [270, "sem_unlink"],
    [271, "sem_wait"],
    [272, "sem_trywait"],
    [273, "sem_post"],
    [274, "sysctlbyname"],
    [277, "open_extended"],
    [278, "umask_extended"],
    [279, "stat_extended"],
    [280, "lstat_extended"],
    [281, "fstat_extended"],
    [282, "chmod_extended"],
    [283, "fchmod_extended"],
    [284, "access_extended"],
    [285, "settid"],
    [286, "gettid"],
    [287, "setsgroups"],
    [288, "getsgroups"],
    [289, "setwgroups"],
    [290, "getwgroups"],
    [291, "mkfifo_extended"],
    [292, "mkdir_extended"],
    [293, "identitysvc"],
    [294, "shared_region_check_np"],
    [296, "vm_pressure_monitor"],
    [297, "psynch_rw_longrdlock"],
    [298, "psynch_rw_yieldwrlock"],
    [299, "psynch_rw_downgrade"],
    [300, "psynch_rw_upgrade"],
    [301, "psynch_mutexwait"],
    [302, "psynch_mutexdrop"],
    [303, "psynch_cvbroad"],
    [304, "psynch_cvsignal"],
    [305, "psynch_cvwait"],
    [306, "psynch_rw_rdlock"],
    [307, "psynch_rw_wrlock"],
    [308, "psynch_rw_unlock"],
    [309, "psynch_rw_unlock2"],
    [310, "getsid"],
    [311, "settid_with_pid"],
    [312, "psynch_cvclrprepost"],
    [313, "aio_fsync"],
    [314, "aio_return"],
    [315, "aio_suspend"],
    [316, "aio_cancel"],
    [317, "aio_error"],
    [318, "aio_read"],
    [319, "aio_write"],
    [320, "lio_listio"],
    [322, "iopolicysys"],
    [323, "process_policy"],
    [324, "mlockall"],
    [325, "munlockall"],
    [327, "issetugid"],
    [328, "__pthread_kill"],
    [329, "__pthread_sigmask"],
    [330, "__sigwait"],
    [331, "__disable_threadsignal"],
    [332, "__pthread_markcancel"],
    [333, "__pthread_canceled"],
    [334, "__semwait_signal"],
    [336, "proc_info"],
    [337, "sendfile"],
    [338, "stat64"],
    [339, "fstat64"],
    [340, "lstat64"],
    [341, "stat64_extended"],
    [342, "lstat64_extended"],
    [343, "fstat64_extended"],
    [344, "getdirentries64"],
    [345, "statfs64"],
    [346, "fstatfs64"],
    [347, "getfsstat64"],
    [348, "__pthread_chdir"],
    [349, "__pthread_fchdir"],
    [350, "audit"],
    [351, "auditon"],
    [353, "getauid"],
    [354, "setauid"],
    [357, "getaudit_addr"],
    [358, "setaudit_addr"],
    [359, "auditctl"],
    [360, "bsdthread_create"],
    [361, "bsdthread_terminate"],
    [362, "kqueue"],
    [363, "kevent"],
    [364, "lchown"],
    [366, "bsdthread_register"],
    [367, "workq_open"],
    [368, "workq_kernreturn"],
    [369, "kevent64"],
    [372, "thread_selfid"],
    [373, "ledger"],
    [374, "kevent_qos"],
    [375, "kevent_id"],
    [380, "__mac_execve"],
    [381, "__mac_syscall"],
    [382, "__mac_get_file"],
    [383, "__mac_set_file"],
    [384, "__mac_get_link"],
    [385, "__mac_set_link"],
    [386, "__mac_get_proc"],
    [387, "__mac_set_proc"],
    [388, "__mac_get_fd"],
    [389, "__mac_set_fd"],
    [390, "__mac_get_pid"],
    [394, "pselect"],
    [395, "pselect_nocancel"],
    [396, "read_nocancel"],
    [397, "write_nocancel"],
    [398, "open_nocancel"],
    [399, "close_nocancel"],
    [400, "wait4_nocancel"],
    [401, "recvmsg_nocancel"],
    [402, "sendmsg_nocancel"],
    [403, "recvfrom_nocancel"],
    [404, "accept_nocancel"],
    [405, "msync_nocancel"],
    [406, "fcntl_nocancel"],
    [407, "select_nocancel"],
    [408, "fsync_nocancel"],
    [409, "connect_nocancel"],
    [410, "sigsuspend_nocancel"],
    [411, "readv_nocancel"],
    [412, "writev_nocancel"],
    [413, "sendto_nocancel"],
    [414, "pread_nocancel"],
    [415, "pwrite_nocancel"],
    [416, "waitid_nocancel"],
    [417, "poll_nocancel"],
    [418, "msgsnd_nocancel"],
    [419, "msgrcv_nocancel"],
    [420, "sem_wait_nocancel"],
    [421, "aio_suspend_nocancel"],
    [422, "__sigwait_nocancel"],
    [423, "__semwait_signal_nocancel"],
    [424, "__mac_mount"],
    [425, "__mac_get_mount"],
    [426, "__mac_getfsstat"],
    [427, "fsgetpath"],
    [428, "audit_session_self"],
    [429, "audit_session_join"],
    [430, "fileport_makeport"],
    [431, "fileport_makefd"],
    [432, "audit_session_port"],
    [433, "pid_suspend"],
    [434, "pid_resume"],
    [435, "pid_hibernate"],
    [436, "pid_shutdown_sockets"],
    [439, "kas_info"],
    [440, "memorystatus_control"],
    [441, "guarded_open_np"],
    [442, "guarded_close_np"],
    [443, "guarded_kqueue_np"],
    [444, "change_fdguard_np"],
    [445, "usrctl"],
    [446, "proc_rlimit_control"],
    [447, "connectx"],
    [448, "disconnectx"],
    [449, "peeloff"],
    [450, "socket_delegate"],
    [451, "telemetry"],
    [452, "proc_uuid_policy"],
    [453, "memorystatus_get_level"],
    [454, "system_override"],
    [455, "vfs_purge"],
    [456, "sfi_ctl"],
    [457, "sfi_pidctl"],
    [458, "coalition"],
    [459, "coalition_info"],
    [460, "necp_match_policy"],
    [461, "getattrlistbulk"],
    [462, "clonefileat"],
    [463, "openat"],
    [464, "openat_nocancel"],
    [465, "renameat"],
    [466, "faccessat"],
    [467, "fchmodat"],
    [468, "fchownat"],
    [469, "fstatat"],
    [470, "fstatat64"],
    [471, "linkat"],
    [472, "unlinkat"],
    [473, "readlinkat"],
    [474, "symlinkat"],
    [475, "mkdirat"],
    [476, "getattrlistat"],
    [477, "proc_trace_log"],
    [478, "bsdthread_ctl"],
    [479, "openbyid_np"],
    [480, "recvmsg_x"],
    [481, "sendmsg_x"],
    [482, "thread_selfusage"],
    [483, "csrctl"],
    [484, "guarded_open_dprotected_np"],
    [485, "guarded_write_np"],
    [486, "guarded_pwrite_np"],
    [487, "guarded_writev_np"],
    [488, "renameatx_np"],
    [489, "mremap_encrypted"],
    [490, "netagent_trigger"],
    [491, "stack_snapshot_with_config"],
    [492, "microstackshot"],
    [493, "grab_pgo_data"],
    [494, "persona"],
    [496, "mach_eventlink_signal"],
    [497, "mach_eventlink_wait_until"],
    [498, "mach_eventlink_signal_wait_until"],
    [499, "work_interval_ctl"],
    [500, "getentropy"],
    [501, "necp_open"],
    [502, "necp_client_action"],
    [503, "__nexus_open"],
    [504, "__nexus_register"],
    [505, "__nexus_deregister"],
    [506, "__nexus_create"],
    [507, "__nexus_destroy"],
    [508, "__nexus_get_opt"],
    [509, "__nexus_set_opt"],
    [510, "__channel_open"],
    [511, "__channel_get_info"],
    [512, "__channel_sync"],
    [513, "__channel_get_opt"],
    [514, "__channel_set_opt"],
    [515, "ulock_wait"],
    [516, "ulock_wake"],
    [517, "fclonefileat"],
    [518, "fs_snapshot"],
    [520, "terminate_with_payload"],
    [521, "abort_with_payload"],
    [522, "necp_session_open"],
    [523, "necp_session_action"],
    [524, "setattrlistat"],
    [525, "net_qos_guideline"],
    [526, "fmount"],
    [527, "ntp_adjtime"],
    [528, "ntp_gettime"],
    [529, "os_fault_with_payload"],
    [530, "kqueue_workloop_ctl"],
    [531, "__mach_bridge_remote_time"],
    [532, "coalition_ledger"],
    [533, "log_data"],
    [534, "memorystatus_available_memory"],
    [535, "objc_bp_assist_cfg_np"],
    [536, "shared_region_map_and_slide_2_np"],
    [537, "pivot_root"],
    [538, "task_inspect_for_pid"],
    [539, "task_read_for_pid"],
    [540, "preadv"],
    [541, "pwritev"],
    [542, "preadv_nocancel"],
    [543, "pwritev_nocancel"],
    [544, "ulock_wait2"],
    [545, "proc_info_extended_id"],
    [546, "tracker_action"],
    [547, "debug_syscall_reject"],
    [548, "debug_syscall_reject_config"],
    [549, "graftdmg"],
    [550, "map_with_linking_np"],
    [551, "freadlink"],
    [552, "record_system_event"],
    [553, "mkfifoat"],
    [554, "mknodat"],
    [555, "ungraftdmg"],
    [556, "coalition_policy_set"],
    [557, "coalition_policy_get"]
  ]
};

// dist/src/decode/tables/darwin/index.js
var darwinTables = {
  tables: {
    errno,
    af,
    socktype,
    ipproto,
    sol,
    so,
    ip,
    ipv6,
    tcp,
    fcntl,
    "open-flags": openFlags,
    "fd-flags": fdFlags,
    "at-flags": atFlags,
    dirfd,
    signal,
    "sigmask-how": sigmaskHow,
    shutdown,
    "msg-flags": msg,
    "poll-events": pollEvents,
    syscall: syscalls
  },
  sockoptLevels: [
    [65535, "so"],
    [0, "ip"],
    [6, "tcp"],
    [41, "ipv6"]
  ]
};

// dist/src/decode/tables/linux/errno.js
var errno2 = {
  source: "include/uapi/asm-generic/errno-base.h + errno.h (1-133; ENOTSUP from glibc bits/errno.h; messages: glibc strerror); include/linux/errno.h (512-530, kernel-internal; messages as strace prints them or the header comment)",
  kind: "enum",
  entries: [
    [1, "EPERM", "Operation not permitted"],
    [2, "ENOENT", "No such file or directory"],
    [3, "ESRCH", "No such process"],
    [4, "EINTR", "Interrupted system call"],
    [5, "EIO", "Input/output error"],
    [6, "ENXIO", "No such device or address"],
    [7, "E2BIG", "Argument list too long"],
    [8, "ENOEXEC", "Exec format error"],
    [9, "EBADF", "Bad file descriptor"],
    [10, "ECHILD", "No child processes"],
    [11, "EAGAIN", "Resource temporarily unavailable"],
    [11, "EWOULDBLOCK", "Resource temporarily unavailable"],
    [12, "ENOMEM", "Cannot allocate memory"],
    [13, "EACCES", "Permission denied"],
    [14, "EFAULT", "Bad address"],
    [15, "ENOTBLK", "Block device required"],
    [16, "EBUSY", "Device or resource busy"],
    [17, "EEXIST", "File exists"],
    [18, "EXDEV", "Invalid cross-device link"],
    [19, "ENODEV", "No such device"],
    [20, "ENOTDIR", "Not a directory"],
    [21, "EISDIR", "Is a directory"],
    [22, "EINVAL", "Invalid argument"],
    [23, "ENFILE", "Too many open files in system"],
    [24, "EMFILE", "Too many open files"],
    [25, "ENOTTY", "Inappropriate ioctl for device"],
    [26, "ETXTBSY", "Text file busy"],
    [27, "EFBIG", "File too large"],
    [28, "ENOSPC", "No space left on device"],
    [29, "ESPIPE", "Illegal seek"],
    [30, "EROFS", "Read-only file system"],
    [31, "EMLINK", "Too many links"],
    [32, "EPIPE", "Broken pipe"],
    [33, "EDOM", "Numerical argument out of domain"],
    [34, "ERANGE", "Numerical result out of range"],
    [35, "EDEADLK", "Resource deadlock avoided"],
    [35, "EDEADLOCK", "Resource deadlock avoided"],
    [36, "ENAMETOOLONG", "File name too long"],
    [37, "ENOLCK", "No locks available"],
    [38, "ENOSYS", "Function not implemented"],
    [39, "ENOTEMPTY", "Directory not empty"],
    [40, "ELOOP", "Too many levels of symbolic links"],
    [42, "ENOMSG", "No message of desired type"],
    [43, "EIDRM", "Identifier removed"],
    [44, "ECHRNG", "Channel number out of range"],
    [45, "EL2NSYNC", "Level 2 not synchronized"],
    [46, "EL3HLT", "Level 3 halted"],
    [47, "EL3RST", "Level 3 reset"],
    [48, "ELNRNG", "Link number out of range"],
    [49, "EUNATCH", "Protocol driver not attached"],
    [50, "ENOCSI", "No CSI structure available"],
    [51, "EL2HLT", "Level 2 halted"],
    [52, "EBADE", "Invalid exchange"],
    [53, "EBADR", "Invalid request descriptor"],
    [54, "EXFULL", "Exchange full"],
    [55, "ENOANO", "No anode"],
    [56, "EBADRQC", "Invalid request code"],
    [57, "EBADSLT", "Invalid slot"],
    [59, "EBFONT", "Bad font file format"],
    [60, "ENOSTR", "Device not a stream"],
    [61, "ENODATA", "No data available"],
    [62, "ETIME", "Timer expired"],
    [63, "ENOSR", "Out of streams resources"],
    [64, "ENONET", "Machine is not on the network"],
    [65, "ENOPKG", "Package not installed"],
    [66, "EREMOTE", "Object is remote"],
    [67, "ENOLINK", "Link has been severed"],
    [68, "EADV", "Advertise error"],
    [69, "ESRMNT", "Srmount error"],
    [70, "ECOMM", "Communication error on send"],
    [71, "EPROTO", "Protocol error"],
    [72, "EMULTIHOP", "Multihop attempted"],
    [73, "EDOTDOT", "RFS specific error"],
    [74, "EBADMSG", "Bad message"],
    [75, "EOVERFLOW", "Value too large for defined data type"],
    [76, "ENOTUNIQ", "Name not unique on network"],
    [77, "EBADFD", "File descriptor in bad state"],
    [78, "EREMCHG", "Remote address changed"],
    [79, "ELIBACC", "Can not access a needed shared library"],
    [80, "ELIBBAD", "Accessing a corrupted shared library"],
    [81, "ELIBSCN", ".lib section in a.out corrupted"],
    [82, "ELIBMAX", "Attempting to link in too many shared libraries"],
    [83, "ELIBEXEC", "Cannot exec a shared library directly"],
    [84, "EILSEQ", "Invalid or incomplete multibyte or wide character"],
    [85, "ERESTART", "Interrupted system call should be restarted"],
    [86, "ESTRPIPE", "Streams pipe error"],
    [87, "EUSERS", "Too many users"],
    [88, "ENOTSOCK", "Socket operation on non-socket"],
    [89, "EDESTADDRREQ", "Destination address required"],
    [90, "EMSGSIZE", "Message too long"],
    [91, "EPROTOTYPE", "Protocol wrong type for socket"],
    [92, "ENOPROTOOPT", "Protocol not available"],
    [93, "EPROTONOSUPPORT", "Protocol not supported"],
    [94, "ESOCKTNOSUPPORT", "Socket type not supported"],
    [95, "EOPNOTSUPP", "Operation not supported"],
    [95, "ENOTSUP", "Operation not supported"],
    [96, "EPFNOSUPPORT", "Protocol family not supported"],
    [97, "EAFNOSUPPORT", "Address family not supported by protocol"],
    [98, "EADDRINUSE", "Address already in use"],
    [99, "EADDRNOTAVAIL", "Cannot assign requested address"],
    [100, "ENETDOWN", "Network is down"],
    [101, "ENETUNREACH", "Network is unreachable"],
    [102, "ENETRESET", "Network dropped connection on reset"],
    [103, "ECONNABORTED", "Software caused connection abort"],
    [104, "ECONNRESET", "Connection reset by peer"],
    [105, "ENOBUFS", "No buffer space available"],
    [106, "EISCONN", "Transport endpoint is already connected"],
    [107, "ENOTCONN", "Transport endpoint is not connected"],
    [108, "ESHUTDOWN", "Cannot send after transport endpoint shutdown"],
    [109, "ETOOMANYREFS", "Too many references: cannot splice"],
    [110, "ETIMEDOUT", "Connection timed out"],
    [111, "ECONNREFUSED", "Connection refused"],
    [112, "EHOSTDOWN", "Host is down"],
    [113, "EHOSTUNREACH", "No route to host"],
    [114, "EALREADY", "Operation already in progress"],
    [115, "EINPROGRESS", "Operation now in progress"],
    [116, "ESTALE", "Stale file handle"],
    [117, "EUCLEAN", "Structure needs cleaning"],
    [118, "ENOTNAM", "Not a XENIX named type file"],
    [119, "ENAVAIL", "No XENIX semaphores available"],
    [120, "EISNAM", "Is a named type file"],
    [121, "EREMOTEIO", "Remote I/O error"],
    [122, "EDQUOT", "Disk quota exceeded"],
    [123, "ENOMEDIUM", "No medium found"],
    [124, "EMEDIUMTYPE", "Wrong medium type"],
    [125, "ECANCELED", "Operation canceled"],
    [126, "ENOKEY", "Required key not available"],
    [127, "EKEYEXPIRED", "Key has expired"],
    [128, "EKEYREVOKED", "Key has been revoked"],
    [129, "EKEYREJECTED", "Key was rejected by service"],
    [130, "EOWNERDEAD", "Owner died"],
    [131, "ENOTRECOVERABLE", "State not recoverable"],
    [132, "ERFKILL", "Operation not possible due to RF-kill"],
    [133, "EHWPOISON", "Memory page has hardware error"],
    [512, "ERESTARTSYS", "To be restarted if SA_RESTART is set"],
    [513, "ERESTARTNOINTR", "To be restarted"],
    [514, "ERESTARTNOHAND", "To be restarted if no handler"],
    [515, "ENOIOCTLCMD", "No ioctl command"],
    [516, "ERESTART_RESTARTBLOCK", "Interrupted by signal"],
    [517, "EPROBE_DEFER", "Driver requests probe retry"],
    [518, "EOPENSTALE", "Open found a stale dentry"],
    [519, "ENOPARAM", "Parameter not supported"],
    [521, "EBADHANDLE", "Illegal NFS file handle"],
    [522, "ENOTSYNC", "Update synchronization mismatch"],
    [523, "EBADCOOKIE", "Cookie is stale"],
    [524, "ENOTSUPP", "Operation is not supported"],
    [525, "ETOOSMALL", "Buffer or request is too small"],
    [526, "ESERVERFAULT", "An untranslatable error occurred"],
    [527, "EBADTYPE", "Type not supported by server"],
    [528, "EJUKEBOX", "Request initiated, but will not complete before timeout"],
    [529, "EIOCBQUEUED", "iocb queued, will get completion event"],
    [530, "ERECALLCONFLICT", "Conflict with recalled state"]
  ]
};

// dist/src/decode/tables/linux/fcntl.js
var fcntl2 = {
  source: "fcntl() commands: uapi asm-generic/fcntl.h (F_DUPFD..F_OFD_SETLKW) and linux/fcntl.h (F_LINUX_SPECIFIC_BASE 1024 + n).",
  kind: "enum",
  entries: [
    [0, "F_DUPFD"],
    [1, "F_GETFD"],
    [2, "F_SETFD"],
    [3, "F_GETFL"],
    [4, "F_SETFL"],
    [5, "F_GETLK"],
    [6, "F_SETLK"],
    [7, "F_SETLKW"],
    [8, "F_SETOWN"],
    [9, "F_GETOWN"],
    [10, "F_SETSIG"],
    [11, "F_GETSIG"],
    [12, "F_GETLK64"],
    [13, "F_SETLK64"],
    [14, "F_SETLKW64"],
    [15, "F_SETOWN_EX"],
    [16, "F_GETOWN_EX"],
    [17, "F_GETOWNER_UIDS"],
    [36, "F_OFD_GETLK"],
    [37, "F_OFD_SETLK"],
    [38, "F_OFD_SETLKW"],
    [1024, "F_SETLEASE"],
    [1025, "F_GETLEASE"],
    [1026, "F_NOTIFY"],
    [1029, "F_CANCELLK"],
    [1030, "F_DUPFD_CLOEXEC"],
    [1031, "F_SETPIPE_SZ"],
    [1032, "F_GETPIPE_SZ"],
    [1033, "F_ADD_SEALS"],
    [1034, "F_GET_SEALS"],
    [1035, "F_GET_RW_HINT"],
    [1036, "F_SET_RW_HINT"],
    [1037, "F_GET_FILE_RW_HINT"],
    [1038, "F_SET_FILE_RW_HINT"]
  ]
};
var openFlags2 = {
  source: "open() flags: uapi asm-generic/fcntl.h (octal, as in the header). O_TMPFILE and O_SYNC cover several bits and come first so that they win.",
  kind: "flags",
  fieldMask: 3,
  entries: [
    [0, "O_RDONLY"],
    [1, "O_WRONLY"],
    [2, "O_RDWR"],
    [4259840, "O_TMPFILE"],
    [1052672, "O_SYNC"],
    [64, "O_CREAT"],
    [128, "O_EXCL"],
    [256, "O_NOCTTY"],
    [512, "O_TRUNC"],
    [1024, "O_APPEND"],
    [2048, "O_NONBLOCK"],
    [4096, "O_DSYNC"],
    [8192, "O_ASYNC"],
    [16384, "O_DIRECT"],
    [32768, "O_LARGEFILE"],
    [65536, "O_DIRECTORY"],
    [131072, "O_NOFOLLOW"],
    [262144, "O_NOATIME"],
    [524288, "O_CLOEXEC"],
    [2097152, "O_PATH"]
  ]
};
var fdFlags2 = {
  source: "F_GETFD/F_SETFD flags: uapi asm-generic/fcntl.h.",
  kind: "flags",
  entries: [
    [1, "FD_CLOEXEC"]
  ]
};
var atFlags2 = {
  source: "*at() flags: uapi linux/fcntl.h (AT_*).",
  kind: "flags",
  entries: [
    [256, "AT_SYMLINK_NOFOLLOW"],
    [512, "AT_REMOVEDIR"],
    [1024, "AT_SYMLINK_FOLLOW"],
    [2048, "AT_NO_AUTOMOUNT"],
    [4096, "AT_EMPTY_PATH"],
    [8192, "AT_STATX_FORCE_SYNC"],
    [16384, "AT_STATX_DONT_SYNC"],
    [32768, "AT_RECURSIVE"]
  ]
};
var dirfd2 = {
  source: "Special directory fds: uapi linux/fcntl.h (AT_FDCWD).",
  kind: "enum",
  entries: [
    [-100, "AT_FDCWD"]
  ]
};

// dist/src/decode/tables/linux/in.js
var ipproto2 = {
  source: "IP protocols: uapi linux/in.h (enum IPPROTO_*) and linux/in6.h (IPv6 extension headers; IPPROTO_IP printed for 0).",
  kind: "enum",
  entries: [
    [0, "IPPROTO_IP"],
    [0, "IPPROTO_HOPOPTS"],
    [1, "IPPROTO_ICMP"],
    [2, "IPPROTO_IGMP"],
    [4, "IPPROTO_IPIP"],
    [6, "IPPROTO_TCP"],
    [8, "IPPROTO_EGP"],
    [12, "IPPROTO_PUP"],
    [17, "IPPROTO_UDP"],
    [22, "IPPROTO_IDP"],
    [29, "IPPROTO_TP"],
    [33, "IPPROTO_DCCP"],
    [41, "IPPROTO_IPV6"],
    [43, "IPPROTO_ROUTING"],
    [44, "IPPROTO_FRAGMENT"],
    [46, "IPPROTO_RSVP"],
    [47, "IPPROTO_GRE"],
    [50, "IPPROTO_ESP"],
    [51, "IPPROTO_AH"],
    [58, "IPPROTO_ICMPV6"],
    [59, "IPPROTO_NONE"],
    [60, "IPPROTO_DSTOPTS"],
    [92, "IPPROTO_MTP"],
    [94, "IPPROTO_BEETPH"],
    [98, "IPPROTO_ENCAP"],
    [103, "IPPROTO_PIM"],
    [108, "IPPROTO_COMP"],
    [115, "IPPROTO_L2TP"],
    [132, "IPPROTO_SCTP"],
    [135, "IPPROTO_MH"],
    [136, "IPPROTO_UDPLITE"],
    [137, "IPPROTO_MPLS"],
    [143, "IPPROTO_ETHERNET"],
    [255, "IPPROTO_RAW"],
    [262, "IPPROTO_MPTCP"]
  ]
};
var ip2 = {
  source: "IPPROTO_IP (SOL_IP) options: uapi linux/in.h (IP_*).",
  kind: "enum",
  entries: [
    [1, "IP_TOS"],
    [2, "IP_TTL"],
    [3, "IP_HDRINCL"],
    [4, "IP_OPTIONS"],
    [5, "IP_ROUTER_ALERT"],
    [6, "IP_RECVOPTS"],
    [7, "IP_RETOPTS"],
    [8, "IP_PKTINFO"],
    [9, "IP_PKTOPTIONS"],
    [10, "IP_MTU_DISCOVER"],
    [11, "IP_RECVERR"],
    [12, "IP_RECVTTL"],
    [13, "IP_RECVTOS"],
    [14, "IP_MTU"],
    [15, "IP_FREEBIND"],
    [16, "IP_IPSEC_POLICY"],
    [17, "IP_XFRM_POLICY"],
    [18, "IP_PASSSEC"],
    [19, "IP_TRANSPARENT"],
    [20, "IP_ORIGDSTADDR"],
    [20, "IP_RECVORIGDSTADDR"],
    [21, "IP_MINTTL"],
    [22, "IP_NODEFRAG"],
    [23, "IP_CHECKSUM"],
    [24, "IP_BIND_ADDRESS_NO_PORT"],
    [25, "IP_RECVFRAGSIZE"],
    [26, "IP_RECVERR_RFC4884"],
    [32, "IP_MULTICAST_IF"],
    [33, "IP_MULTICAST_TTL"],
    [34, "IP_MULTICAST_LOOP"],
    [35, "IP_ADD_MEMBERSHIP"],
    [36, "IP_DROP_MEMBERSHIP"],
    [37, "IP_UNBLOCK_SOURCE"],
    [38, "IP_BLOCK_SOURCE"],
    [39, "IP_ADD_SOURCE_MEMBERSHIP"],
    [40, "IP_DROP_SOURCE_MEMBERSHIP"],
    [41, "IP_MSFILTER"],
    [49, "IP_MULTICAST_ALL"],
    [50, "IP_UNICAST_IF"],
    [51, "IP_LOCAL_PORT_RANGE"],
    [52, "IP_PROTOCOL"]
  ]
};
var ipv62 = {
  source: "IPPROTO_IPV6 (SOL_IPV6) options: uapi linux/in6.h (IPV6_*).",
  kind: "enum",
  entries: [
    [1, "IPV6_ADDRFORM"],
    [2, "IPV6_2292PKTINFO"],
    [3, "IPV6_2292HOPOPTS"],
    [4, "IPV6_2292DSTOPTS"],
    [5, "IPV6_2292RTHDR"],
    [6, "IPV6_2292PKTOPTIONS"],
    [7, "IPV6_CHECKSUM"],
    [8, "IPV6_2292HOPLIMIT"],
    [9, "IPV6_NEXTHOP"],
    [10, "IPV6_AUTHHDR"],
    [11, "IPV6_FLOWINFO"],
    [16, "IPV6_UNICAST_HOPS"],
    [17, "IPV6_MULTICAST_IF"],
    [18, "IPV6_MULTICAST_HOPS"],
    [19, "IPV6_MULTICAST_LOOP"],
    [20, "IPV6_ADD_MEMBERSHIP"],
    [21, "IPV6_DROP_MEMBERSHIP"],
    [22, "IPV6_ROUTER_ALERT"],
    [23, "IPV6_MTU_DISCOVER"],
    [24, "IPV6_MTU"],
    [25, "IPV6_RECVERR"],
    [26, "IPV6_V6ONLY"],
    [27, "IPV6_JOIN_ANYCAST"],
    [28, "IPV6_LEAVE_ANYCAST"],
    [29, "IPV6_MULTICAST_ALL"],
    [30, "IPV6_ROUTER_ALERT_ISOLATE"],
    [31, "IPV6_RECVERR_RFC4884"],
    [32, "IPV6_FLOWLABEL_MGR"],
    [34, "IPV6_IPSEC_POLICY"],
    [35, "IPV6_XFRM_POLICY"],
    [36, "IPV6_HDRINCL"],
    [49, "IPV6_RECVPKTINFO"],
    [50, "IPV6_PKTINFO"],
    [51, "IPV6_RECVHOPLIMIT"],
    [52, "IPV6_HOPLIMIT"],
    [53, "IPV6_RECVHOPOPTS"],
    [54, "IPV6_HOPOPTS"],
    [55, "IPV6_RTHDRDSTOPTS"],
    [56, "IPV6_RECVRTHDR"],
    [57, "IPV6_RTHDR"],
    [58, "IPV6_RECVDSTOPTS"],
    [59, "IPV6_DSTOPTS"],
    [60, "IPV6_RECVPATHMTU"],
    [61, "IPV6_PATHMTU"],
    [62, "IPV6_DONTFRAG"],
    [63, "IPV6_USE_MIN_MTU"],
    [66, "IPV6_RECVTCLASS"],
    [67, "IPV6_TCLASS"],
    [70, "IPV6_AUTOFLOWLABEL"],
    [73, "IPV6_MINHOPCOUNT"],
    [74, "IPV6_ORIGDSTADDR"],
    [74, "IPV6_RECVORIGDSTADDR"],
    [75, "IPV6_TRANSPARENT"],
    [76, "IPV6_UNICAST_IF"],
    [77, "IPV6_RECVFRAGSIZE"],
    [78, "IPV6_FREEBIND"]
  ]
};
var tcp2 = {
  source: "IPPROTO_TCP (SOL_TCP) options: uapi linux/tcp.h (TCP_*).",
  kind: "enum",
  entries: [
    [1, "TCP_NODELAY"],
    [2, "TCP_MAXSEG"],
    [3, "TCP_CORK"],
    [4, "TCP_KEEPIDLE"],
    [5, "TCP_KEEPINTVL"],
    [6, "TCP_KEEPCNT"],
    [7, "TCP_SYNCNT"],
    [8, "TCP_LINGER2"],
    [9, "TCP_DEFER_ACCEPT"],
    [10, "TCP_WINDOW_CLAMP"],
    [11, "TCP_INFO"],
    [12, "TCP_QUICKACK"],
    [13, "TCP_CONGESTION"],
    [14, "TCP_MD5SIG"],
    [16, "TCP_THIN_LINEAR_TIMEOUTS"],
    [17, "TCP_THIN_DUPACK"],
    [18, "TCP_USER_TIMEOUT"],
    [19, "TCP_REPAIR"],
    [20, "TCP_REPAIR_QUEUE"],
    [21, "TCP_QUEUE_SEQ"],
    [22, "TCP_REPAIR_OPTIONS"],
    [23, "TCP_FASTOPEN"],
    [24, "TCP_TIMESTAMP"],
    [25, "TCP_NOTSENT_LOWAT"],
    [26, "TCP_CC_INFO"],
    [27, "TCP_SAVE_SYN"],
    [29, "TCP_REPAIR_WINDOW"],
    [30, "TCP_FASTOPEN_CONNECT"],
    [31, "TCP_ULP"],
    [32, "TCP_MD5SIG_EXT"],
    [33, "TCP_FASTOPEN_KEY"],
    [34, "TCP_FASTOPEN_NO_COOKIE"],
    [35, "TCP_ZEROCOPY_RECEIVE"],
    [36, "TCP_INQ"],
    [37, "TCP_TX_DELAY"]
  ]
};

// dist/src/decode/tables/linux/poll.js
var pollEvents2 = {
  source: "poll() events: uapi asm-generic/poll.h (x86 uses the generic values).",
  kind: "flags",
  entries: [
    [1, "POLLIN"],
    [2, "POLLPRI"],
    [4, "POLLOUT"],
    [8, "POLLERR"],
    [16, "POLLHUP"],
    [32, "POLLNVAL"],
    [64, "POLLRDNORM"],
    [128, "POLLRDBAND"],
    [256, "POLLWRNORM"],
    [512, "POLLWRBAND"],
    [1024, "POLLMSG"],
    [4096, "POLLREMOVE"],
    [8192, "POLLRDHUP"]
  ]
};

// dist/src/decode/tables/linux/signal.js
var signal2 = {
  source: "Signals: uapi asm/signal.h (x86_64); 33-64 follow strace naming (SIGRT_1..SIGRT_32).",
  kind: "enum",
  entries: [
    [1, "SIGHUP"],
    [2, "SIGINT"],
    [3, "SIGQUIT"],
    [4, "SIGILL"],
    [5, "SIGTRAP"],
    [6, "SIGABRT"],
    [6, "SIGIOT"],
    [7, "SIGBUS"],
    [8, "SIGFPE"],
    [9, "SIGKILL"],
    [10, "SIGUSR1"],
    [11, "SIGSEGV"],
    [12, "SIGUSR2"],
    [13, "SIGPIPE"],
    [14, "SIGALRM"],
    [15, "SIGTERM"],
    [16, "SIGSTKFLT"],
    [17, "SIGCHLD"],
    [18, "SIGCONT"],
    [19, "SIGSTOP"],
    [20, "SIGTSTP"],
    [21, "SIGTTIN"],
    [22, "SIGTTOU"],
    [23, "SIGURG"],
    [24, "SIGXCPU"],
    [25, "SIGXFSZ"],
    [26, "SIGVTALRM"],
    [27, "SIGPROF"],
    [28, "SIGWINCH"],
    [29, "SIGIO"],
    [29, "SIGPOLL"],
    [30, "SIGPWR"],
    [31, "SIGSYS"],
    [32, "SIGRTMIN"],
    [33, "SIGRT_1"],
    [34, "SIGRT_2"],
    [35, "SIGRT_3"],
    [36, "SIGRT_4"],
    [37, "SIGRT_5"],
    [38, "SIGRT_6"],
    [39, "SIGRT_7"],
    [40, "SIGRT_8"],
    [41, "SIGRT_9"],
    [42, "SIGRT_10"],
    [43, "SIGRT_11"],
    [44, "SIGRT_12"],
    [45, "SIGRT_13"],
    [46, "SIGRT_14"],
    [47, "SIGRT_15"],
    [48, "SIGRT_16"],
    [49, "SIGRT_17"],
    [50, "SIGRT_18"],
    [51, "SIGRT_19"],
    [52, "SIGRT_20"],
    [53, "SIGRT_21"],
    [54, "SIGRT_22"],
    [55, "SIGRT_23"],
    [56, "SIGRT_24"],
    [57, "SIGRT_25"],
    [58, "SIGRT_26"],
    [59, "SIGRT_27"],
    [60, "SIGRT_28"],
    [61, "SIGRT_29"],
    [62, "SIGRT_30"],
    [63, "SIGRT_31"],
    [64, "SIGRT_32"]
  ]
};
var sigmaskHow2 = {
  source: "sigprocmask() how: uapi asm-generic/signal-defs.h.",
  kind: "enum",
  entries: [
    [0, "SIG_BLOCK"],
    [1, "SIG_UNBLOCK"],
    [2, "SIG_SETMASK"]
  ]
};

// dist/src/decode/tables/linux/socket.js
var af2 = {
  source: "Address families: glibc bits/socket.h (PF_* and AF_*; AF_UNIX printed for 1, AF_NETLINK for 16).",
  kind: "enum",
  entries: [
    [0, "AF_UNSPEC"],
    [1, "AF_UNIX"],
    [1, "AF_LOCAL"],
    [1, "AF_FILE"],
    [2, "AF_INET"],
    [3, "AF_AX25"],
    [4, "AF_IPX"],
    [5, "AF_APPLETALK"],
    [6, "AF_NETROM"],
    [7, "AF_BRIDGE"],
    [8, "AF_ATMPVC"],
    [9, "AF_X25"],
    [10, "AF_INET6"],
    [11, "AF_ROSE"],
    [12, "AF_DECnet"],
    [13, "AF_NETBEUI"],
    [14, "AF_SECURITY"],
    [15, "AF_KEY"],
    [16, "AF_NETLINK"],
    [16, "AF_ROUTE"],
    [17, "AF_PACKET"],
    [18, "AF_ASH"],
    [19, "AF_ECONET"],
    [20, "AF_ATMSVC"],
    [21, "AF_RDS"],
    [22, "AF_SNA"],
    [23, "AF_IRDA"],
    [24, "AF_PPPOX"],
    [25, "AF_WANPIPE"],
    [26, "AF_LLC"],
    [27, "AF_IB"],
    [28, "AF_MPLS"],
    [29, "AF_CAN"],
    [30, "AF_TIPC"],
    [31, "AF_BLUETOOTH"],
    [32, "AF_IUCV"],
    [33, "AF_RXRPC"],
    [34, "AF_ISDN"],
    [35, "AF_PHONET"],
    [36, "AF_IEEE802154"],
    [37, "AF_CAIF"],
    [38, "AF_ALG"],
    [39, "AF_NFC"],
    [40, "AF_VSOCK"],
    [41, "AF_KCM"],
    [42, "AF_QIPCRTR"],
    [43, "AF_SMC"],
    [44, "AF_XDP"],
    [45, "AF_MCTP"]
  ]
};
var socktype2 = {
  source: "Socket types: glibc bits/socket_type.h (SOCK_*; the low 4 bits are the type, SOCK_NONBLOCK/SOCK_CLOEXEC are flags above them).",
  kind: "flags",
  fieldMask: 15,
  entries: [
    [1, "SOCK_STREAM"],
    [2, "SOCK_DGRAM"],
    [3, "SOCK_RAW"],
    [4, "SOCK_RDM"],
    [5, "SOCK_SEQPACKET"],
    [6, "SOCK_DCCP"],
    [10, "SOCK_PACKET"],
    [524288, "SOCK_CLOEXEC"],
    [2048, "SOCK_NONBLOCK"]
  ]
};
var sol2 = {
  source: "Socket option levels: uapi asm-generic/socket.h (SOL_SOCKET), glibc bits/socket.h (SOL_RAW and up), bits/in.h, netinet/tcp.h, netinet/udp.h (SOL_IP, SOL_TCP, SOL_UDP, SOL_IPV6, SOL_ICMPV6).",
  kind: "enum",
  entries: [
    [0, "SOL_IP"],
    [1, "SOL_SOCKET"],
    [6, "SOL_TCP"],
    [17, "SOL_UDP"],
    [41, "SOL_IPV6"],
    [58, "SOL_ICMPV6"],
    [255, "SOL_RAW"],
    [261, "SOL_DECNET"],
    [262, "SOL_X25"],
    [263, "SOL_PACKET"],
    [264, "SOL_ATM"],
    [265, "SOL_AAL"],
    [266, "SOL_IRDA"],
    [267, "SOL_NETBEUI"],
    [268, "SOL_LLC"],
    [269, "SOL_DCCP"],
    [270, "SOL_NETLINK"],
    [271, "SOL_TIPC"],
    [272, "SOL_RXRPC"],
    [273, "SOL_PPPOL2TP"],
    [274, "SOL_BLUETOOTH"],
    [275, "SOL_PNPIPE"],
    [276, "SOL_RDS"],
    [277, "SOL_IUCV"],
    [278, "SOL_CAIF"],
    [279, "SOL_ALG"],
    [280, "SOL_NFC"],
    [281, "SOL_KCM"],
    [282, "SOL_TLS"],
    [283, "SOL_XDP"],
    [284, "SOL_MPTCP"],
    [285, "SOL_MCTP"],
    [286, "SOL_SMC"]
  ]
};
var so2 = {
  source: "SOL_SOCKET options: uapi asm-generic/socket.h (x86_64 is 64-bit, so SO_RCVTIMEO is SO_RCVTIMEO_OLD and so on).",
  kind: "enum",
  entries: [
    [1, "SO_DEBUG"],
    [2, "SO_REUSEADDR"],
    [3, "SO_TYPE"],
    [4, "SO_ERROR"],
    [5, "SO_DONTROUTE"],
    [6, "SO_BROADCAST"],
    [7, "SO_SNDBUF"],
    [8, "SO_RCVBUF"],
    [9, "SO_KEEPALIVE"],
    [10, "SO_OOBINLINE"],
    [11, "SO_NO_CHECK"],
    [12, "SO_PRIORITY"],
    [13, "SO_LINGER"],
    [14, "SO_BSDCOMPAT"],
    [15, "SO_REUSEPORT"],
    [16, "SO_PASSCRED"],
    [17, "SO_PEERCRED"],
    [18, "SO_RCVLOWAT"],
    [19, "SO_SNDLOWAT"],
    [20, "SO_RCVTIMEO_OLD"],
    [21, "SO_SNDTIMEO_OLD"],
    [22, "SO_SECURITY_AUTHENTICATION"],
    [23, "SO_SECURITY_ENCRYPTION_TRANSPORT"],
    [24, "SO_SECURITY_ENCRYPTION_NETWORK"],
    [25, "SO_BINDTODEVICE"],
    [26, "SO_ATTACH_FILTER"],
    [27, "SO_DETACH_FILTER"],
    [28, "SO_PEERNAME"],
    [29, "SO_TIMESTAMP_OLD"],
    [30, "SO_ACCEPTCONN"],
    [31, "SO_PEERSEC"],
    [32, "SO_SNDBUFFORCE"],
    [33, "SO_RCVBUFFORCE"],
    [34, "SO_PASSSEC"],
    [35, "SO_TIMESTAMPNS_OLD"],
    [36, "SO_MARK"],
    [37, "SO_TIMESTAMPING_OLD"],
    [38, "SO_PROTOCOL"],
    [39, "SO_DOMAIN"],
    [40, "SO_RXQ_OVFL"],
    [41, "SO_WIFI_STATUS"],
    [42, "SO_PEEK_OFF"],
    [43, "SO_NOFCS"],
    [44, "SO_LOCK_FILTER"],
    [45, "SO_SELECT_ERR_QUEUE"],
    [46, "SO_BUSY_POLL"],
    [47, "SO_MAX_PACING_RATE"],
    [48, "SO_BPF_EXTENSIONS"],
    [49, "SO_INCOMING_CPU"],
    [50, "SO_ATTACH_BPF"],
    [51, "SO_ATTACH_REUSEPORT_CBPF"],
    [52, "SO_ATTACH_REUSEPORT_EBPF"],
    [53, "SO_CNX_ADVICE"],
    [55, "SO_MEMINFO"],
    [56, "SO_INCOMING_NAPI_ID"],
    [57, "SO_COOKIE"],
    [59, "SO_PEERGROUPS"],
    [60, "SO_ZEROCOPY"],
    [61, "SO_TXTIME"],
    [62, "SO_BINDTOIFINDEX"],
    [63, "SO_TIMESTAMP_NEW"],
    [64, "SO_TIMESTAMPNS_NEW"],
    [65, "SO_TIMESTAMPING_NEW"],
    [66, "SO_RCVTIMEO_NEW"],
    [67, "SO_SNDTIMEO_NEW"],
    [68, "SO_DETACH_REUSEPORT_BPF"],
    [69, "SO_PREFER_BUSY_POLL"],
    [70, "SO_BUSY_POLL_BUDGET"],
    [71, "SO_NETNS_COOKIE"],
    [72, "SO_BUF_LOCK"],
    [73, "SO_RESERVE_MEM"],
    [74, "SO_TXREHASH"],
    [75, "SO_RCVMARK"]
  ]
};
var msg2 = {
  source: "send/recv flags: glibc bits/socket.h (MSG_*).",
  kind: "flags",
  entries: [
    [1, "MSG_OOB"],
    [2, "MSG_PEEK"],
    [4, "MSG_DONTROUTE"],
    [8, "MSG_CTRUNC"],
    [16, "MSG_PROXY"],
    [32, "MSG_TRUNC"],
    [64, "MSG_DONTWAIT"],
    [128, "MSG_EOR"],
    [256, "MSG_WAITALL"],
    [512, "MSG_FIN"],
    [1024, "MSG_SYN"],
    [2048, "MSG_CONFIRM"],
    [4096, "MSG_RST"],
    [8192, "MSG_ERRQUEUE"],
    [16384, "MSG_NOSIGNAL"],
    [32768, "MSG_MORE"],
    [65536, "MSG_WAITFORONE"],
    [262144, "MSG_BATCH"],
    [67108864, "MSG_ZEROCOPY"],
    [536870912, "MSG_FASTOPEN"],
    [1073741824, "MSG_CMSG_CLOEXEC"]
  ]
};
var shutdown2 = {
  source: "shutdown() how: glibc sys/socket.h (SHUT_*).",
  kind: "enum",
  entries: [
    [0, "SHUT_RD"],
    [1, "SHUT_WR"],
    [2, "SHUT_RDWR"]
  ]
};

// dist/src/decode/tables/linux/syscalls.js
var syscalls2 = {
  source: "uapi asm/unistd_64.h (__NR_*, x86_64)",
  kind: "enum",
  entries: [
    [0, "read"],
    [1, "write"],
    [2, "open"],
    [3, "close"],
    [4, "stat"],
    [5, "fstat"],
    [6, "lstat"],
    [7, "poll"],
    [8, "lseek"],
    [9, "mmap"],
    [10, "mprotect"],
    [11, "munmap"],
    [12, "brk"],
    [13, "rt_sigaction"],
    [14, "rt_sigprocmask"],
    [15, "rt_sigreturn"],
    [16, "ioctl"],
    [17, "pread64"],
    [18, "pwrite64"],
    [19, "readv"],
    [20, "writev"],
    [21, "access"],
    [22, "pipe"],
    [23, "select"],
    [24, "sched_yield"],
    [25, "mremap"],
    [26, "msync"],
    [27, "mincore"],
    [28, "madvise"],
    [29, "shmget"],
    [30, "shmat"],
    [31, "shmctl"],
    [32, "dup"],
    [33, "dup2"],
    [34, "pause"],
    [35, "nanosleep"],
    [36, "getitimer"],
    [37, "alarm"],
    [38, "setitimer"],
    [39, "getpid"],
    [40, "sendfile"],
    [41, "socket"],
    [42, "connect"],
    [43, "accept"],
    [44, "sendto"],
    [45, "recvfrom"],
    [46, "sendmsg"],
    [47, "recvmsg"],
    [48, "shutdown"],
    [49, "bind"],
    [50, "listen"],
    [51, "getsockname"],
    [52, "getpeername"],
    [53, "socketpair"],
    [54, "setsockopt"],
    [55, "getsockopt"],
    [56, "clone"],
    [57, "fork"],
    [58, "vfork"],
    [59, "execve"],
    [60, "exit"],
    [61, "wait4"],
    [62, "kill"],
    [63, "uname"],
    [64, "semget"],
    [65, "semop"],
    [66, "semctl"],
    [67, "shmdt"],
    [68, "msgget"],
    [69, "msgsnd"],
    [70, "msgrcv"],
    [71, "msgctl"],
    [72, "fcntl"],
    [73, "flock"],
    [74, "fsync"],
    [75, "fdatasync"],
    [76, "truncate"],
    [77, "ftruncate"],
    [78, "getdents"],
    [79, "getcwd"],
    [80, "chdir"],
    [81, "fchdir"],
    [82, "rename"],
    [83, "mkdir"],
    [84, "rmdir"],
    [85, "creat"],
    [86, "link"],
    [87, "unlink"],
    [88, "symlink"],
    [89, "readlink"],
    [90, "chmod"],
    [91, "fchmod"],
    [92, "chown"],
    [93, "fchown"],
    [94, "lchown"],
    [95, "umask"],
    [96, "gettimeofday"],
    [97, "getrlimit"],
    [98, "getrusage"],
    [99, "sysinfo"],
    [100, "times"],
    [101, "ptrace"],
    [102, "getuid"],
    [103, "syslog"],
    [104, "getgid"],
    [105, "setuid"],
    [106, "setgid"],
    [107, "geteuid"],
    [108, "getegid"],
    [109, "setpgid"],
    [110, "getppid"],
    [111, "getpgrp"],
    [112, "setsid"],
    [113, "setreuid"],
    [114, "setregid"],
    [115, "getgroups"],
    [116, "setgroups"],
    [117, "setresuid"],
    [118, "getresuid"],
    [119, "setresgid"],
    [120, "getresgid"],
    [121, "getpgid"],
    [122, "setfsuid"],
    [123, "setfsgid"],
    [124, "getsid"],
    [125, "capget"],
    [126, "capset"],
    [127, "rt_sigpending"],
    [128, "rt_sigtimedwait"],
    [129, "rt_sigqueueinfo"],
    [130, "rt_sigsuspend"],
    [131, "sigaltstack"],
    [132, "utime"],
    [133, "mknod"],
    [134, "uselib"],
    [135, "personality"],
    [136, "ustat"],
    [137, "statfs"],
    [138, "fstatfs"],
    [139, "sysfs"],
    [140, "getpriority"],
    [141, "setpriority"],
    [142, "sched_setparam"],
    [143, "sched_getparam"],
    [144, "sched_setscheduler"],
    [145, "sched_getscheduler"],
    [146, "sched_get_priority_max"],
    [147, "sched_get_priority_min"],
    [148, "sched_rr_get_interval"],
    [149, "mlock"],
    [150, "munlock"],
    [151, "mlockall"],
    [152, "munlockall"],
    [153, "vhangup"],
    [154, "modify_ldt"],
    [155, "pivot_root"],
    [156, "_sysctl"],
    [157, "prctl"],
    [158, "arch_prctl"],
    [159, "adjtimex"],
    [160, "setrlimit"],
    [161, "chroot"],
    [162, "sync"],
    [163, "acct"],
    [164, "settimeofday"],
    [165, "mount"],
    [166, "umount2"],
    [167, "swapon"],
    [168, "swapoff"],
    [169, "reboot"],
    [170, "sethostname"],
    [171, "setdomainname"],
    [172, "iopl"],
    [173, "ioperm"],
    [174, "create_module"],
    [175, "init_module"],
    [176, "delete_module"],
    [177, "get_kernel_syms"],
    [178, "query_module"],
    [179, "quotactl"],
    [180, "nfsservctl"],
    [181, "getpmsg"],
    [182, "putpmsg"],
    [183, "afs_syscall"],
    [184, "tuxcall"],
    [185, "security"],
    [186, "gettid"],
    [187, "readahead"],
    [188, "setxattr"],
    [189, "lsetxattr"],
    [190, "fsetxattr"],
    [191, "getxattr"],
    [192, "lgetxattr"],
    [193, "fgetxattr"],
    [194, "listxattr"],
    [195, "llistxattr"],
    [196, "flistxattr"],
    [197, "removexattr"],
    [198, "lremovexattr"],
    [199, "fremovexattr"],
    [200, "tkill"],
    [201, "time"],
    [202, "futex"],
    [203, "sched_setaffinity"],
    [204, "sched_getaffinity"],
    [205, "set_thread_area"],
    [206, "io_setup"],
    [207, "io_destroy"],
    [208, "io_getevents"],
    [209, "io_submit"],
    [210, "io_cancel"],
    [211, "get_thread_area"],
    [212, "lookup_dcookie"],
    [213, "epoll_create"],
    [214, "epoll_ctl_old"],
    [215, "epoll_wait_old"],
    [216, "remap_file_pages"],
    [217, "getdents64"],
    [218, "set_tid_address"],
    [219, "restart_syscall"],
    [220, "semtimedop"],
    [221, "fadvise64"],
    [222, "timer_create"],
    [223, "timer_settime"],
    [224, "timer_gettime"],
    [225, "timer_getoverrun"],
    [226, "timer_delete"],
    [227, "clock_settime"],
    [228, "clock_gettime"],
    [229, "clock_getres"],
    [230, "clock_nanosleep"],
    [231, "exit_group"],
    [232, "epoll_wait"],
    [233, "epoll_ctl"],
    [234, "tgkill"],
    [235, "utimes"],
    [236, "vserver"],
    [237, "mbind"],
    [238, "set_mempolicy"],
    [239, "get_mempolicy"],
    [240, "mq_open"],
    [241, "mq_unlink"],
    [242, "mq_timedsend"],
    [243, "mq_timedreceive"],
    [244, "mq_notify"],
    [245, "mq_getsetattr"],
    [246, "kexec_load"],
    [247, "waitid"],
    [248, "add_key"],
    [249, "request_key"],
    [250, "keyctl"],
    [251, "ioprio_set"],
    [252, "ioprio_get"],
    [253, "inotify_init"],
    [254, "inotify_add_watch"],
    [255, "inotify_rm_watch"],
    [256, "migrate_pages"],
    [257, "openat"],
    [258, "mkdirat"],
    [259, "mknodat"],
    [260, "fchownat"],
    [261, "futimesat"],
    [262, "newfstatat"],
    [263, "unlinkat"],
    [264, "renameat"],
    [265, "linkat"],
    [266, "symlinkat"],
    [267, "readlinkat"],
    [268, "fchmodat"],
    [269, "faccessat"],
    [270, "pselect6"],
    [271, "ppoll"],
    [272, "unshare"],
    [273, "set_robust_list"],
    [274, "get_robust_list"],
    [275, "splice"],
    [276, "tee"],
    [277, "sync_file_range"],
    [278, "vmsplice"],
    [279, "move_pages"],
    [280, "utimensat"],
    [281, "epoll_pwait"],
    [282, "signalfd"],
    [283, "timerfd_create"],
    [284, "eventfd"],
    [285, "fallocate"],
    [286, "timerfd_settime"],
    [287, "timerfd_gettime"],
    [288, "accept4"],
    [289, "signalfd4"],
    [290, "eventfd2"],
    [291, "epoll_create1"],
    [292, "dup3"],
    [293, "pipe2"],
    [294, "inotify_init1"],
    [295, "preadv"],
    [296, "pwritev"],
    [297, "rt_tgsigqueueinfo"],
    [298, "perf_event_open"],
    [299, "recvmmsg"],
    [300, "fanotify_init"],
    [301, "fanotify_mark"],
    [302, "prlimit64"],
    [303, "name_to_handle_at"],
    [304, "open_by_handle_at"],
    [305, "clock_adjtime"],
    [306, "syncfs"],
    [307, "sendmmsg"],
    [308, "setns"],
    [309, "getcpu"],
    [310, "process_vm_readv"],
    [311, "process_vm_writev"],
    [312, "kcmp"],
    [313, "finit_module"],
    [314, "sched_setattr"],
    [315, "sched_getattr"],
    [316, "renameat2"],
    [317, "seccomp"],
    [318, "getrandom"],
    [319, "memfd_create"],
    [320, "kexec_file_load"],
    [321, "bpf"],
    [322, "execveat"],
    [323, "userfaultfd"],
    [324, "membarrier"],
    [325, "mlock2"],
    [326, "copy_file_range"],
    [327, "preadv2"],
    [328, "pwritev2"],
    [329, "pkey_mprotect"],
    [330, "pkey_alloc"],
    [331, "pkey_free"],
    [332, "statx"],
    [333, "io_pgetevents"],
    [334, "rseq"],
    [424, "pidfd_send_signal"],
    [425, "io_uring_setup"],
    [426, "io_uring_enter"],
    [427, "io_uring_register"],
    [428, "open_tree"],
    [429, "move_mount"],
    [430, "fsopen"],
    [431, "fsconfig"],
    [432, "fsmount"],
    [433, "fspick"],
    [434, "pidfd_open"],
    [435, "clone3"],
    [436, "close_range"],
    [437, "openat2"],
    [438, "pidfd_getfd"],
    [439, "faccessat2"],
    [440, "process_madvise"],
    [441, "epoll_pwait2"],
    [442, "mount_setattr"],
    [443, "quotactl_fd"],
    [444, "landlock_create_ruleset"],
    [445, "landlock_add_rule"],
    [446, "landlock_restrict_self"],
    [447, "memfd_secret"],
    [448, "process_mrelease"],
    [449, "futex_waitv"],
    [450, "set_mempolicy_home_node"]
  ]
};

// dist/src/decode/tables/linux/index.js
var linuxTables = {
  tables: {
    errno: errno2,
    af: af2,
    socktype: socktype2,
    ipproto: ipproto2,
    sol: sol2,
    so: so2,
    ip: ip2,
    ipv6: ipv62,
    tcp: tcp2,
    fcntl: fcntl2,
    "open-flags": openFlags2,
    "fd-flags": fdFlags2,
    "at-flags": atFlags2,
    dirfd: dirfd2,
    signal: signal2,
    "sigmask-how": sigmaskHow2,
    shutdown: shutdown2,
    "msg-flags": msg2,
    "poll-events": pollEvents2,
    syscall: syscalls2
  },
  sockoptLevels: [
    [1, "so"],
    [0, "ip"],
    [6, "tcp"],
    [41, "ipv6"]
  ]
};

// dist/src/decode/constants.js
var OS_TABLES = { linux: linuxTables, darwin: darwinTables };
function getTable(os, table) {
  return OS_TABLES[os].tables[table];
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(table) {
  let ix = indexes.get(table);
  if (ix)
    return ix;
  const byValue = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const field = [];
  const bits = [];
  const mask = table.fieldMask ?? 0;
  for (const e of table.entries) {
    if (!byValue.has(e[0]))
      byValue.set(e[0], e);
    if (!byName.has(e[1]))
      byName.set(e[1], e);
    if (table.kind === "flags") {
      if (byValue.get(e[0]) !== e)
        continue;
      if (mask && (e[0] & ~mask) === 0)
        field.push(e);
      else if (e[0] !== 0)
        bits.push(e);
    }
  }
  ix = { byValue, byName, field, bits };
  indexes.set(table, ix);
  return ix;
}
function named(e) {
  return e[2] === void 0 ? { value: e[0], name: e[1] } : { value: e[0], name: e[1], message: e[2] };
}
function lookupConstant(os, table, value) {
  const ix = indexOf(getTable(os, table));
  if (typeof value === "string") {
    const n = parseNumber(value);
    if (n === void 0) {
      const e2 = ix.byName.get(value) ?? ix.byName.get(value.toUpperCase());
      return e2 ? named(e2) : void 0;
    }
    value = n;
  }
  const e = ix.byValue.get(value);
  return e ? named(e) : { value };
}
function namesOf(os, table, value) {
  return getTable(os, table).entries.filter((e) => e[0] === value).map((e) => e[1]);
}
function decodeFlags(os, table, value) {
  const t = getTable(os, table);
  const ix = indexOf(t);
  const out = [];
  let rest = value >>> 0;
  if (t.fieldMask) {
    const f = rest & t.fieldMask;
    const e = ix.field.find((x) => x[0] === f);
    if (e) {
      out.push(named(e));
      rest = (rest & ~t.fieldMask) >>> 0;
    }
  }
  for (const e of ix.bits) {
    const bits = e[0] >>> 0;
    if (bits !== 0 && (rest & bits) >>> 0 === bits) {
      out.push(named(e));
      rest = (rest & ~bits) >>> 0;
    }
  }
  if (rest !== 0)
    out.push({ value: rest });
  if (out.length === 0) {
    const zero = ix.byValue.get(0);
    out.push(zero ? named(zero) : { value: 0 });
  }
  return out;
}
function decodeNumber(os, table, value) {
  const t = getTable(os, table);
  if (t.kind === "flags")
    return decodeFlags(os, table, value);
  return [lookupConstant(os, table, value) ?? { value }];
}
function sockoptTable(os, level) {
  for (const [l, t] of OS_TABLES[os].sockoptLevels)
    if (l === level)
      return t;
  return void 0;
}
var NAME_PREFIX = {
  errno: "E",
  af: "AF_",
  socktype: "SOCK_",
  ipproto: "IPPROTO_",
  sol: "SOL_",
  so: "SO_",
  ip: "IP_",
  ipv6: "IPV6_",
  tcp: "TCP_",
  fcntl: "F_",
  "open-flags": "O_",
  "fd-flags": "FD_",
  "at-flags": "AT_",
  signal: "SIG",
  "sigmask-how": "SIG_",
  shutdown: "SHUT_",
  "msg-flags": "MSG_",
  "poll-events": "POLL",
  syscall: "syscall_"
};
function constantText(n, table) {
  if (n.name)
    return n.name;
  if (table === "syscall")
    return `syscall_0x${n.value.toString(16)}`;
  if (table && getTableKind(table) === "flags")
    return n.value === 0 ? "0" : `0x${(n.value >>> 0).toString(16)}`;
  const prefix = table ? NAME_PREFIX[table] : void 0;
  return prefix ? `${prefix}??? (${n.value})` : String(n.value);
}
function getTableKind(table) {
  return linuxTables.tables[table].kind;
}
function parseNumber(text) {
  const s = text.trim();
  if (/^-?0[xX][0-9a-fA-F]+$/.test(s)) {
    const neg = s.startsWith("-");
    const hex = neg ? s.slice(3) : s.slice(2);
    let v;
    if (hex.length === 16 && /^[89a-fA-F]/.test(hex))
      v = Number(BigInt.asIntN(64, BigInt("0x" + hex)));
    else
      v = parseInt(hex, 16);
    return neg ? -v : v;
  }
  if (/^-?0[0-7]+$/.test(s)) {
    const neg = s.startsWith("-");
    const v = parseInt(neg ? s.slice(1) : s, 8);
    return neg ? -v : v;
  }
  if (/^-?\d+$/.test(s))
    return Number(s);
  return void 0;
}

// dist/src/decode/values.js
import { Buffer, isUtf8 } from "node:buffer";
function unwrap(v) {
  for (; ; ) {
    if (v.kind === "commented")
      v = v.value;
    else if (v.kind === "inout")
      v = v.after;
    else if (v.kind === "fd")
      v = v.value;
    else
      return v;
  }
}
function intOf(v, width = 64) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "int")
    return intFromText(u, width);
  if (u.kind === "call" && /^(htons|htonl|ntohs|ntohl)$/.test(u.name) && u.args.length === 1)
    return intOf(u.args[0], width);
  if (u.kind === "array" && u.items.length === 1 && u.items[0])
    return intOf(u.items[0], width);
  if (u.kind === "name" && u.text === "NULL")
    return 0;
  return void 0;
}
function intFromText(a, width) {
  const t = a.text;
  if (width === 32 && t.length >= 11 && /^0[xX][0-9a-fA-F]{9,}$/.test(t)) {
    return Number(BigInt.asIntN(32, BigInt(t)));
  }
  const n = parseNumber(t);
  if (n !== void 0)
    return n;
  return Number.isFinite(a.value) ? a.value : void 0;
}
function flagParts(v, out = []) {
  const u = unwrap(v);
  if (u.kind === "flags") {
    for (const i of u.items)
      flagParts(i, out);
  } else if (u.kind === "name")
    out.push(u.text);
  else {
    const n = intOf(u);
    if (n !== void 0)
      out.push(n);
  }
  return out;
}
function stringBytes(text) {
  let s = text;
  if (s.endsWith("..."))
    s = s.slice(0, -3);
  if (s.startsWith("@"))
    s = s.slice(1);
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"'))
    s = s.slice(1, -1);
  const n = s.length;
  let plain = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 || c >= 128) {
      plain = false;
      break;
    }
  }
  if (plain) {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++)
      bytes[i] = s.charCodeAt(i);
    return bytes;
  }
  return Uint8Array.from(cStringBytes(s));
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function bytesToText(bytes) {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii)
    return latin1(bytes);
  if (isUtf8(bytes))
    return UTF8.decode(bytes);
  return latin1(bytes);
}
function latin1(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}
function plainBody(text) {
  let s = text;
  if (s.endsWith("..."))
    s = s.slice(0, -3);
  if (s.startsWith("@"))
    s = s.slice(1);
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"'))
    s = s.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 || c >= 128 || c === 0)
      return void 0;
  }
  return s;
}
function stringText(text) {
  return plainBody(text) ?? bytesToText(stringBytes(text));
}
function cString(text) {
  const plain = plainBody(text);
  if (plain !== void 0)
    return plain;
  const b = stringBytes(text);
  const nul = b.indexOf(0);
  return bytesToText(nul >= 0 ? b.subarray(0, nul) : b);
}
function hexOf(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// dist/src/decode/sockaddr.js
function ipv4Text(b, at = 0) {
  return `${b[at] ?? 0}.${b[at + 1] ?? 0}.${b[at + 2] ?? 0}.${b[at + 3] ?? 0}`;
}
function ipv6Text(b, at = 0) {
  const g = [];
  for (let i = 0; i < 8; i++)
    g.push((b[at + 2 * i] ?? 0) << 8 | (b[at + 2 * i + 1] ?? 0));
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 65535)
    return `::ffff:${ipv4Text(b, at + 12)}`;
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0)
      j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0)
    return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
function describeEndpoint(ep) {
  if (ep.family === "AF_INET" || ep.family === "AF_INET6") {
    const e = ep;
    if (e.inferred && e.address === "")
      return `${e.family} address (${structNote(e)})`;
    if (e.family === "AF_INET6")
      return `[${e.address}${e.scopeId ? `%${e.scopeId}` : ""}]:${e.port}`;
    return `${e.address}:${e.port}`;
  }
  if (ep.family === "AF_UNIX") {
    const e = ep;
    if (e.inferred && e.path === "")
      return `UNIX socket path (${structNote(e)})`;
    if (e.abstract)
      return `@${e.path}`;
    return e.path === "" ? "(unnamed)" : e.path;
  }
  if (ep.family === "AF_NETLINK") {
    const proto = typeof ep["protocol"] === "string" ? `${ep["protocol"]} ` : "";
    return `netlink ${proto}pid ${String(ep["pid"] ?? "?")}`;
  }
  if (ep.family === "AF_PACKET") {
    const parts = [ep["protocol"], ep["ifname"] ?? ep["ifindex"]].filter((x) => x !== void 0).map(String);
    return `packet ${parts.join(" on ")}`.trim();
  }
  const o = ep;
  if (o.inferred)
    return `${o.family} address (${structNote(o)})`;
  return o.raw ? `${o.family} ${o.raw}` : o.family;
}
function structNote(e) {
  const r = e;
  const what = typeof r.struct === "string" ? r.struct : "sockaddr";
  const len = typeof r.length === "number" ? `, ${r.length} bytes` : "";
  return `${what}${len}; the tracer did not show it`;
}
function familyName(os, value) {
  const n = lookupConstant(os, "af", value) ?? { value };
  return constantText(n, "af");
}
function familyNumber(os, family) {
  if (typeof family === "number")
    return family;
  return lookupConstant(os, "af", family)?.value;
}
function sockaddrFromBytes(bytes, os) {
  if (bytes.length < 2)
    return void 0;
  const fam = os === "darwin" ? bytes[1] : bytes[0] | bytes[1] << 8;
  const family = familyName(os, fam);
  const be16 = (i) => (bytes[i] ?? 0) << 8 | (bytes[i + 1] ?? 0);
  const le32 = (i) => ((bytes[i] ?? 0) | (bytes[i + 1] ?? 0) << 8 | (bytes[i + 2] ?? 0) << 16 | (bytes[i + 3] ?? 0) << 24) >>> 0;
  if (family === "AF_INET" && bytes.length >= 8) {
    return { family: "AF_INET", address: ipv4Text(bytes, 4), port: be16(2) };
  }
  if (family === "AF_INET6" && bytes.length >= 24) {
    const ep = { family: "AF_INET6", address: ipv6Text(bytes, 8), port: be16(2) };
    if (bytes.length >= 28)
      ep.scopeId = le32(24);
    return ep;
  }
  if (family === "AF_UNIX") {
    const path = bytes.subarray(2);
    if (path.length === 0)
      return { family: "AF_UNIX", path: "", abstract: false };
    if (os === "linux" && path[0] === 0 && path.length > 1)
      return { family: "AF_UNIX", path: bytesToText(path.subarray(1)), abstract: true };
    const nul = path.indexOf(0);
    return { family: "AF_UNIX", path: bytesToText(nul >= 0 ? path.subarray(0, nul) : path), abstract: false };
  }
  return { family, raw: hexOf(bytes.subarray(2)) };
}
function parseHexBytes(text) {
  const s = text.replace(/0x/gi, "").replace(/\\x/gi, "").replace(/[\s:,.-]/g, "");
  if (s.length === 0 || s.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(s))
    return void 0;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++)
    out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}
function fieldsOf(s) {
  const named2 = /* @__PURE__ */ new Map();
  const loose = [];
  for (const it of s.items) {
    if (it.kind === "assign")
      named2.set(it.name, it.value);
    else
      loose.push(it);
  }
  return { named: named2, loose };
}
function rawBytes(v) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  return u.kind === "str" ? stringBytes(u.text) : void 0;
}
function portOf(v) {
  const b = rawBytes(v);
  if (b && b.length === 2)
    return b[0] << 8 | b[1];
  return intOf(v);
}
function ipv4Of(v) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "call" && u.name === "inet_addr" && u.args[0]?.kind === "str")
    return u.args[0].value;
  if (u.kind === "call" && u.name === "htonl") {
    const a = u.args[0];
    if (a?.kind === "name" && a.text === "INADDR_ANY")
      return "0.0.0.0";
    const n = intOf(a);
    if (n !== void 0)
      return ipv4Text(Uint8Array.of(n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255));
  }
  const b = rawBytes(u);
  if (b && b.length === 4)
    return ipv4Text(b);
  return void 0;
}
function ipv6Of(named2, loose) {
  for (const it of loose) {
    const u = unwrap(it);
    if (u.kind === "call" && u.name === "inet_pton") {
      const s = u.args[1];
      if (s?.kind === "str")
        return bytesToText(stringBytes(s.text));
    }
  }
  const b = rawBytes(named2.get("sin6_addr"));
  if (b && b.length === 16)
    return ipv6Text(b);
  return void 0;
}
function familyOf(v, os) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "name") {
    const n = lookupConstant(os, "af", u.text);
    return n ? { name: u.text, value: n.value } : { name: u.text };
  }
  const value = intOf(u);
  if (value === void 0)
    return void 0;
  return { name: familyName(os, value), value };
}
function nameText(v) {
  if (!v)
    return void 0;
  const u = unwrap(v);
  if (u.kind === "name")
    return u.text;
  if (u.kind === "call" && u.args.length === 1) {
    const a = unwrap(u.args[0]);
    if (a.kind === "str")
      return a.value;
    if (a.kind === "name")
      return a.text;
    return intOf(a);
  }
  return intOf(u);
}
function sockaddrFromTree(v, os) {
  const u = unwrap(v);
  if (u.kind !== "struct")
    return void 0;
  const { named: named2, loose } = fieldsOf(u);
  const fam = familyOf(named2.get("sa_family"), os);
  if (!fam)
    return void 0;
  switch (fam.name) {
    case "AF_INET": {
      const address = ipv4Of(named2.get("sin_addr"));
      const port = portOf(named2.get("sin_port"));
      if (address !== void 0 && port !== void 0)
        return { family: "AF_INET", address, port };
      break;
    }
    case "AF_INET6": {
      const address = ipv6Of(named2, loose);
      const port = portOf(named2.get("sin6_port"));
      if (address !== void 0 && port !== void 0) {
        const ep2 = { family: "AF_INET6", address, port };
        const scope = named2.get("sin6_scope_id");
        const sid = scope ? intOf(scope) : void 0;
        if (sid !== void 0)
          ep2.scopeId = sid;
        return ep2;
      }
      break;
    }
    case "AF_UNIX":
    case "AF_LOCAL": {
      const p = named2.get("sun_path");
      if (!p)
        return { family: "AF_UNIX", path: "", abstract: false };
      const s = unwrap(p);
      if (s.kind === "str") {
        const abstract = s.abstract === true || s.text.startsWith("@");
        const bytes = stringBytes(s.text);
        const nul = abstract ? -1 : bytes.indexOf(0);
        return { family: "AF_UNIX", path: bytesToText(nul >= 0 ? bytes.subarray(0, nul) : bytes), abstract };
      }
      break;
    }
    case "AF_NETLINK": {
      const pid = intOf(named2.get("nl_pid"));
      const g = named2.get("nl_groups");
      const gu = g ? unwrap(g) : void 0;
      const groups = gu?.kind === "int" ? parseInt(gu.text.replace(/^0x/i, ""), 16) : void 0;
      return { family: "AF_NETLINK", pid, groups };
    }
    case "AF_PACKET": {
      if (named2.has("sa_data"))
        break;
      const ep2 = { family: "AF_PACKET" };
      const proto = nameText(named2.get("sll_protocol"));
      if (proto !== void 0)
        ep2["protocol"] = proto;
      const ifx = named2.get("sll_ifindex");
      const ifu = ifx ? unwrap(ifx) : void 0;
      if (ifu?.kind === "call" && ifu.name === "if_nametoindex")
        ep2["ifname"] = nameText(ifu);
      else if (ifu)
        ep2["ifindex"] = intOf(ifu);
      const hatype = nameText(named2.get("sll_hatype"));
      if (hatype !== void 0)
        ep2["hatype"] = hatype;
      const pkttype = nameText(named2.get("sll_pkttype"));
      if (pkttype !== void 0)
        ep2["pkttype"] = pkttype;
      const addr = named2.get("sll_addr");
      const au = addr ? unwrap(addr) : void 0;
      if (au?.kind === "array")
        ep2["addr"] = au.items.map((i) => i.kind === "int" ? i.text.padStart(2, "0") : "??").join(":");
      return ep2;
    }
  }
  const data = rawBytes(named2.get("sa_data"));
  const ep = { family: fam.name };
  if (fam.value !== void 0)
    ep["familyValue"] = fam.value;
  if (data)
    ep.raw = hexOf(data);
  return ep;
}
var LENGTHS = {
  darwin: { 16: ["AF_INET", "sockaddr_in"], 28: ["AF_INET6", "sockaddr_in6"], 106: ["AF_UNIX", "sockaddr_un"], 32: ["AF_SYSTEM", "sockaddr_ctl"] },
  linux: { 16: ["AF_INET", "sockaddr_in"], 28: ["AF_INET6", "sockaddr_in6"], 110: ["AF_UNIX", "sockaddr_un"], 12: ["AF_NETLINK", "sockaddr_nl"] }
};
var STRUCTS = {
  AF_INET: "sockaddr_in",
  AF_INET6: "sockaddr_in6",
  AF_UNIX: "sockaddr_un",
  AF_SYSTEM: "sockaddr_ctl",
  AF_NETLINK: "sockaddr_nl",
  AF_PACKET: "sockaddr_ll"
};
function inferSockaddr(os, length, family) {
  let fam;
  if (family !== void 0) {
    const n = familyNumber(os, family);
    fam = n === void 0 ? String(family) : familyName(os, n);
    if (fam === "AF_LOCAL")
      fam = "AF_UNIX";
  } else if (length !== void 0) {
    fam = LENGTHS[os][length]?.[0];
  }
  if (!fam)
    return void 0;
  const struct = STRUCTS[fam] ?? "sockaddr";
  const extra = { inferred: true, struct };
  if (length !== void 0)
    extra.length = length;
  if (fam === "AF_UNIX")
    return { family: "AF_UNIX", path: "", abstract: false, ...extra };
  if (fam === "AF_INET" || fam === "AF_INET6")
    return { family: fam, address: "", port: 0, ...extra };
  return { family: fam, ...extra };
}

export {
  TABLE_NAMES,
  lookupConstant,
  namesOf,
  decodeNumber,
  sockoptTable,
  NAME_PREFIX,
  constantText,
  parseNumber,
  unwrap,
  intOf,
  flagParts,
  stringBytes,
  bytesToText,
  stringText,
  cString,
  hexOf,
  describeEndpoint,
  sockaddrFromBytes,
  parseHexBytes,
  sockaddrFromTree,
  inferSockaddr
};
