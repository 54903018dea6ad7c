import type { SeedPage } from '../../types';
import { pages1 } from './pages-1';
import { pages2 } from './pages-2';

export const pages: SeedPage[] = [...pages1, ...pages2];
