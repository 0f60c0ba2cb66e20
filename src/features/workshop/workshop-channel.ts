import * as z from 'zod/mini';

/** What the presenter window shows: sent by the workshop screen on every move. */
const slideSchema = z.object({
  type: z.literal('slide'),
  project: z.string(),
  section: z.string(),
  where: z.string(),
  number: z.string(),
  text: z.string(),
  /** The section's introduction, sent with its first question. */
  intro: z.nullable(z.string()),
  help: z.nullable(z.string()),
  next: z.nullable(z.string()),
});

const messageSchema = z.union([slideSchema, z.object({ type: z.literal('where-are-we') })]);

export type Slide = z.infer<typeof slideSchema>;
export type WorkshopMessage = z.infer<typeof messageSchema>;

/** One channel per assessment: two workshops in two tabs do not steer each other's presenter window. */
export function channelName(assessmentId: string): string {
  return `oversight-workshop:${assessmentId}`;
}

/** A message from the other window, checked: anything else on the channel is ignored. */
export function readMessage(data: unknown): WorkshopMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The channel, or null where the browser has none (the presenter window then says so). */
export function openChannel(assessmentId: string, onMessage: (message: WorkshopMessage) => void): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(channelName(assessmentId));
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = readMessage(event.data);
    if (message) onMessage(message);
  });
  return channel;
}
