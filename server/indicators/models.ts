// An indicator as the resolvers pass it on: the figures it was computed for, so the trend line
// (`quarters`, the expensive part) is only computed when a query asks for it.
import type { Indicator } from '../graphql/generated';
import type { ScopeFiguresModel } from '../graphql/models';

export type IndicatorModel = Omit<Indicator, 'quarters' | 'target'> & {
  figures: ScopeFiguresModel;
  target: import('../targets/models').IndicatorTargetModel | null;
};
