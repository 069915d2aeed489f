import type { RouteObject } from 'react-router';
import { LogInPage } from './LogInPage';
import { RegisterPage } from './RegisterPage';

export const authRoutes: RouteObject[] = [
  { path: 'daftar', element: <RegisterPage /> },
  { path: 'masuk', element: <LogInPage /> },
];
