/**
 * Reference-counted following, for stores that refresh only while some component shows their
 * data (the machine's addresses, the mailbox, the classroom): the work starts with the first
 * follower and stops when the last one leaves. Each returned function stops one follower once.
 */
export function createFollowing(start: () => () => void): () => () => void {
  let followers = 0;
  let stop: (() => void) | undefined;
  return () => {
    followers += 1;
    stop ??= start();
    let following = true;
    return () => {
      if (!following) return;
      following = false;
      followers -= 1;
      if (followers > 0) return;
      stop?.();
      stop = undefined;
    };
  };
}
