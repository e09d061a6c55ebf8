/*
 * counter.h: the interface between the two files of the scan-build
 * sample. main.c defines the counter; worker.c runs the threads that add
 * to it with no lock, which is the race ownck reports.
 */
#ifndef COUNTER_H
#define COUNTER_H

/* The shared total, defined in main.c. */
extern int counter;

/*
 * Starts `threads` threads (at most 64) that each add 1 to `counter`
 * 1000 times, and waits for all of them. Returns 0, or the error number
 * of the pthread call that failed.
 */
int count_in_threads(int threads);

#endif /* COUNTER_H */
