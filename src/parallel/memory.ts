import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets each thread's heap grow well past what it keeps alive before it collects; with a model per
 * worker and a steady stream of short-lived documents, three threads' slack adds up to more than the
 * model itself. A smaller young generation and a slower growth factor keep a long run's memory flat
 * (measured: peak RSS 350 → 225 MB over 20 MB of JSONL with two workers, before the trained models;
 * with them, semi-spaces of 4 MB rather than 8 took it from 317–323 to 291–295 MB for the same CPU
 * time, and 2 MB cost half as much time again) for a few per cent of speed.
 * The flags are read when a thread's heap is set up or resized, so this runs before any worker starts.
 * In one thread the same flags cost several per cent of speed for memory that is not needed
 * (about 145 MB without them over the same corpus), so runs without workers leave V8 alone.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--max-semi-space-size=4');
  setFlagsFromString('--heap-growing-percent=30');
}
