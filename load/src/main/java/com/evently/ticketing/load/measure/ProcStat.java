package com.evently.ticketing.load.measure;

/**
 * The CPU counters of one process from {@code /proc/<pid>/stat}, in clock ticks.
 *
 * @param ppid          the parent process
 * @param ownTicks      utime + stime: what the process itself (all its threads) used
 * @param childrenTicks cutime + cstime: what its children used that it has waited for (PostgreSQL's postmaster
 *                      reaps its backends, so a closed connection's CPU ends up here)
 */
public record ProcStat(int pid, String command, int ppid, long ownTicks, long childrenTicks) {

    /**
     * @param line the single line of {@code /proc/<pid>/stat}; the command name is in parentheses and may itself
     *             contain spaces and parentheses, so the fields are counted from the last ')'
     */
    public static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        int pid = Integer.parseInt(line.substring(0, open).strip());
        String command = line.substring(open + 1, close);
        // after ')': state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17), numbered as in proc(5)
        String[] fields = line.substring(close + 1).strip().split("\\s+");
        if (fields.length < 15) {
            throw new IllegalArgumentException("too few fields in /proc/<pid>/stat line: " + line);
        }
        return new ProcStat(pid, command, Integer.parseInt(fields[1]),
                Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
    }
}
