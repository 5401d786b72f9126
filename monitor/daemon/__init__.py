"""The long-running daemon: the poll cycle, its fixed jobs, the scheduler and the process runner."""
