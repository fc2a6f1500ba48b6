import { conflict } from '@techmarket/shared';

export const statusRacedMatch = (id: string) =>
  conflict('STATUS_CHANGED', 'The match changed meanwhile; reload it and try again', { id });
