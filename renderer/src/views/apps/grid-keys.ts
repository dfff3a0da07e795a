// Keyboard movement in the Apps grid (WAI-ARIA grid pattern): arrows, Page Up/Down, Home/End
// (within the row) and Ctrl+Home/End (first/last row). Pure, so it is unit-tested.
export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

export const PAGE_ROWS = 10;

export const moveInGrid = (
  position: GridPosition,
  key: { readonly key: string; readonly ctrlKey?: boolean },
  size: { readonly rows: number; readonly cols: number },
): GridPosition | undefined => {
  if (size.rows === 0) return undefined;
  const clampRow = (row: number): number => Math.min(Math.max(row, 0), size.rows - 1);
  const clampCol = (col: number): number => Math.min(Math.max(col, 0), size.cols - 1);
  const { row, col } = position;
  switch (key.key) {
    case 'ArrowDown':
      return { row: clampRow(row + 1), col };
    case 'ArrowUp':
      return { row: clampRow(row - 1), col };
    case 'ArrowRight':
      return { row, col: clampCol(col + 1) };
    case 'ArrowLeft':
      return { row, col: clampCol(col - 1) };
    case 'PageDown':
      return { row: clampRow(row + PAGE_ROWS), col };
    case 'PageUp':
      return { row: clampRow(row - PAGE_ROWS), col };
    case 'Home':
      return key.ctrlKey === true ? { row: 0, col } : { row, col: 0 };
    case 'End':
      return key.ctrlKey === true ? { row: size.rows - 1, col } : { row, col: size.cols - 1 };
    default:
      return undefined;
  }
};
