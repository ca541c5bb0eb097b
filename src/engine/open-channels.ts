/** The channels an answer opens (DESIGN.md: a channel is open when an eligible measure lists it). */

/**
 * @param channels the rule-set version's channels, in its order
 * @param measures the answer's measures, each with the channels it opens (empty unless eligible)
 * @returns the open channels, each with the ids of the measures that open it
 */
export function openChannels<C extends { id: string }>(
  channels: readonly C[],
  measures: readonly { id: string; channels: readonly string[] }[],
): (C & { openedBy: string[] })[] {
  return channels
    .map((c) => ({ ...c, openedBy: measures.filter((m) => m.channels.includes(c.id)).map((m) => m.id) }))
    .filter((c) => c.openedBy.length > 0);
}
