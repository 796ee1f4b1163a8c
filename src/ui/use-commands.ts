// Key presses as commands from the keymap, for the screen that has the keyboard. Input is only
// read where the terminal can give raw keys, so a piped stdin never makes ink throw.
import { useInput, useStdin } from 'ink';
import { useCallback } from 'react';
import { commandOf, type CommandEvent } from './keymap.js';

export function useCommands(handler: (event: CommandEvent, input: string) => void, isActive = true): void {
  const { isRawModeSupported } = useStdin();
  const onInput = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
      const event = commandOf(input, key);
      if (event) handler(event, input);
    },
    [handler],
  );
  useInput(onInput, { isActive: isActive && isRawModeSupported });
}
