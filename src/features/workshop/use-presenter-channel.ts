import { useEffect, useRef } from 'react';
import { openChannel, type Slide } from './workshop-channel.ts';

/** Tells the presenter window where the room is, now and whenever it asks. */
export function usePresenterChannel(assessmentId: string, slide: Slide) {
  const latest = useRef(slide);
  latest.current = slide;
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    channel.current = openChannel(assessmentId, (message) => {
      if (message.type === 'where-are-we') channel.current?.postMessage(latest.current);
    });
    return () => {
      channel.current?.close();
      channel.current = null;
    };
  }, [assessmentId]);
  useEffect(() => {
    channel.current?.postMessage(slide);
  }, [slide]);
}
