import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { PuertoError } from '../../../shared/contract';
import { usePuertoClient } from '../client/puertoClient';
import { targetProblem } from '../clientGroups/groupTargets';
import type { TargetProblem } from '../clientGroups/groupTargets';
import { MIN_GROUP_MEMBERS, ROUND_LIMIT } from '../clientGroups/groupTypes';
import type { GroupMember, GroupMode, GroupRound, GroupTarget } from '../clientGroups/groupTypes';
import { buildGreetingRow } from '../clientGroups/greetingRow';
import { describeMember, holdsClient, needsOpening } from '../clientGroups/memberStatus';
import type { MemberLink, MemberView } from '../clientGroups/memberStatus';
import { chooseRecipients } from '../clientGroups/recipients';
import { buildRoundTable } from '../clientGroups/roundTable';
import { useCaptureStore } from './capture';
import { useEngineStore } from './engine';
import { useWorkspaceStore } from './workspace';

export type SendBlock = 'clientGroups.problems.tooFew' | 'clientGroups.problems.noneOpen';

/**
 * One client, several servers: a group of targets, one engine client per member, and the
 * rounds sent to them. Opening and sending go through the Puerto client rather than the
 * engine store because each member must keep its own failure and explain it in its column;
 * the engine store would turn it into one banner for the whole page.
 */
export const useClientGroupsStore = defineStore('clientGroups', () => {
  const client = usePuertoClient();
  const engine = useEngineStore();
  const capture = useCaptureStore();
  const workspace = useWorkspaceStore();

  const members = shallowRef<readonly GroupMember[]>([]);
  const mode = ref<GroupMode>('simultaneous');
  const links = shallowRef<ReadonlyMap<string, MemberLink>>(new Map());
  const rounds = shallowRef<readonly GroupRound[]>([]);
  let nextKey = 1;
  let nextRound = 1;
  /** Whose turn it is in round-robin: an index into `members`. */
  let cursor = 0;

  const views = computed<MemberView[]>(() =>
    members.value.map((member) =>
      describeMember(member, links.value.get(member.key), engine.clients, engine.connections),
    ),
  );
  /** An imported capture hides the live events: answers wait until the student returns. */
  const showingImport = computed(() => capture.imported !== null);
  const liveEvents = computed(() => (showingImport.value ? [] : capture.events));
  const table = computed(() =>
    buildRoundTable(
      rounds.value,
      members.value.map((member) => member.key),
      liveEvents.value,
    ),
  );
  /** What servers that speak first (daytime over TCP) said on connecting, one cell per member. */
  const greeting = computed(() =>
    buildGreetingRow(
      members.value.map((member) => {
        const link = links.value.get(member.key);
        return link?.kind === 'opened'
          ? { connectionId: link.client.connectionId, sinceSeq: link.sinceSeq }
          : { sinceSeq: Infinity };
      }),
      liveEvents.value,
    ),
  );
  /** The last event this window holds: everything the engine does next comes after it. */
  const lastSeq = () => (showingImport.value ? 0 : (capture.events.at(-1)?.seq ?? 0));
  const opening = computed(() => views.value.some((view) => view.status === 'opening'));
  const canOpen = computed(
    () => members.value.length >= MIN_GROUP_MEMBERS && views.value.some(needsOpening),
  );
  const canClose = computed(() => views.value.some(holdsClient));
  const sendBlock = computed<SendBlock | undefined>(() => {
    if (members.value.length < MIN_GROUP_MEMBERS) return 'clientGroups.problems.tooFew';
    return views.value.some((view) => view.sendable) ? undefined : 'clientGroups.problems.noneOpen';
  });

  function setLink(key: string, link: MemberLink | undefined): void {
    const next = new Map(links.value);
    if (link === undefined) next.delete(key);
    else next.set(key, link);
    links.value = next;
  }

  function addMember(target: GroupTarget): TargetProblem | undefined {
    const problem = targetProblem(target, members.value);
    if (problem !== undefined) return problem;
    const member = { ...target, host: target.host.trim(), key: `member-${nextKey++}` };
    members.value = [...members.value, member];
    return undefined;
  }

  async function removeMember(key: string): Promise<void> {
    const view = views.value.find((candidate) => candidate.key === key);
    members.value = members.value.filter((member) => member.key !== key);
    setLink(key, undefined);
    if (view?.client !== undefined && holdsClient(view)) await engine.closeClient(view.client.id);
  }

  async function openMember(member: MemberView): Promise<void> {
    const { protocol, host, port } = member;
    // A client whose server already sent FIN is still half-open on this side: close it first.
    const stale = member.client;
    if (stale !== undefined && stale.status !== 'closed' && stale.status !== 'error') {
      await engine.closeClient(stale.id);
    }
    const sinceSeq = lastSeq();
    const result = await client.invoke('openClient', { protocol, host, port });
    const stillWaiting = links.value.get(member.key)?.kind === 'opening';
    if (!result.ok) {
      if (stillWaiting) setLink(member.key, { kind: 'failed', error: result.error });
      return;
    }
    // Removed (or the group closed) while it connected: nobody wants this client any more.
    if (!stillWaiting) {
      await engine.closeClient(result.value.id);
      return;
    }
    setLink(member.key, { kind: 'opened', client: result.value, sinceSeq });
    workspace.rememberTarget({ protocol, host, port });
  }

  /** Opens a client for every member that has none open; the others are left as they are. */
  async function open(): Promise<void> {
    if (members.value.length < MIN_GROUP_MEMBERS) return;
    const toOpen = views.value.filter(needsOpening);
    const next = new Map(links.value);
    for (const member of toOpen) next.set(member.key, { kind: 'opening' });
    links.value = next;
    await Promise.all(toOpen.map(openMember));
  }

  async function close(): Promise<void> {
    const closing = views.value.filter(holdsClient);
    await Promise.all(
      closing.map(async (view) => {
        const link = links.value.get(view.key);
        if (link?.kind !== 'opened') {
          setLink(view.key, undefined);
          return;
        }
        const closed = await engine.closeClient(link.client.id);
        if (closed !== undefined) setLink(view.key, { ...link, client: closed });
      }),
    );
  }

  function recordSendError(roundNumber: number, memberKey: string, error: PuertoError): void {
    rounds.value = rounds.value.map((round) =>
      round.number !== roundNumber
        ? round
        : {
            ...round,
            deliveries: round.deliveries.map((delivery) =>
              delivery.memberKey === memberKey ? { ...delivery, error } : delivery,
            ),
          },
    );
  }

  /** Sends one round according to the mode; resolves with its number, or undefined if none. */
  async function send(payload: Uint8Array<ArrayBuffer>): Promise<number | undefined> {
    const current = views.value;
    const choice = chooseRecipients(
      mode.value,
      current.map((view) => view.sendable),
      cursor,
    );
    const recipients = choice.recipients.flatMap((index) => {
      const view = current[index];
      return view?.client === undefined ? [] : [{ key: view.key, client: view.client }];
    });
    if (recipients.length === 0) return undefined;
    cursor = choice.nextCursor;
    const knownSeq = lastSeq();
    const round: GroupRound = {
      number: nextRound++,
      deliveries: recipients.map(({ key, client: opened }) => ({
        memberKey: key,
        connectionId: opened.connectionId,
        knownSeq,
      })),
    };
    rounds.value = [...rounds.value, round].slice(-ROUND_LIMIT);
    await Promise.all(
      recipients.map(async ({ key, client: opened }) => {
        const sent = await client.invoke('send', {
          connectionId: opened.connectionId,
          data: payload,
        });
        if (!sent.ok) recordSendError(round.number, key, sent.error);
      }),
    );
    return round.number;
  }

  function clearRounds(): void {
    rounds.value = [];
    nextRound = 1;
  }

  return {
    members,
    mode,
    rounds,
    views,
    table,
    greeting,
    showingImport,
    opening,
    canOpen,
    canClose,
    sendBlock,
    addMember,
    removeMember,
    open,
    close,
    send,
    clearRounds,
  };
});
