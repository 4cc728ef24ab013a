import { useEffect } from 'react';
import { useServices } from './use-services';

const ACTIONS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Reports the user's actions in the screen that calls it to the activity service (active annotation
 * time). A key, a click or the wheel is an action; moving the mouse is not (a mouse resting on a desk
 * moves too). Hiding the window or leaving the screen stops the clock.
 */
export function useActivityReport(): void {
  const { activity } = useServices();
  useEffect(() => {
    const touch = () => activity.touch();
    const hidden = () => document.visibilityState === 'hidden' && void activity.pause();
    const leave = () => void activity.pause();
    for (const type of ACTIONS) window.addEventListener(type, touch, { capture: true, passive: true });
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    return () => {
      for (const type of ACTIONS) window.removeEventListener(type, touch, { capture: true });
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      void activity.pause();
    };
  }, [activity]);
}
