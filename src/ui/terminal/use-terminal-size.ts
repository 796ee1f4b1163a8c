// The terminal's size, followed through resizes. Tests and the benchmark fix a size through
// the context; a stream without a size (a pipe, the test library's) counts as 80×24.
import { useStdout } from 'ink';
import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

const FixedSize = createContext<TerminalSize | null>(null);

export function FixedTerminalSize({ size, children }: { size: TerminalSize | undefined; children: ReactNode }) {
  return createElement(FixedSize.Provider, { value: size ?? null }, children);
}

function measure(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

export function useTerminalSize(): TerminalSize {
  const fixed = useContext(FixedSize);
  const { stdout } = useStdout();
  const [size, setSize] = useState<TerminalSize>(() => measure(stdout));
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(measure(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
