/** 0: nothing at or above --fail-on; 1: findings at or above it; 2: usage, config or input error. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;
