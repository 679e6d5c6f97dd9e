import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ErrorBoundary } from './common/ErrorBoundary';
import { GuestOnly, RequireRole, RootRedirect } from './common/guards';
import { PageLoading } from './common/PageStatus';

// One chunk per audience: the login pages, 用人单位注册, the student's phone pages (antd-mobile), the
// employer console and the staff consoles (antd), and the public pages (验真, 协助回传). Importing the same module
// twice yields one chunk.
const LoginPage = lazy(() => import('./login/pages').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() => import('./login/pages').then((m) => ({ default: m.RegisterPage })));
const ForgotPasswordPage = lazy(() => import('./login/pages').then((m) => ({ default: m.ForgotPasswordPage })));
const RecoverUsernamePage = lazy(() => import('./login/pages').then((m) => ({ default: m.RecoverUsernamePage })));
const RegisterEmployerPage = lazy(() =>
  import('./login/RegisterEmployerPage').then((m) => ({ default: m.RegisterEmployerPage })),
);
const StudentApp = lazy(() => import('./student/StudentApp'));
const EmployerApp = lazy(() => import('./employer/EmployerApp'));
const StaffApp = lazy(() => import('./staff/StaffApp'));
const VerifyApp = lazy(() => import('./verify/VerifyApp'));
const ReturnApp = lazy(() => import('./return/ReturnApp'));

/**
 * Each page's chunk loads under a boundary of its own. A navigation runs as a transition, and React keeps
 * what is on screen while a transition waits — after login that is the guard's redirect, which shows
 * nothing — unless the boundary is new: then its spinner shows at once.
 */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

export function App() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/" element={<RootRedirect />} />
          <Route
            path="/login"
            element={
              <GuestOnly>
                <Loading>
                  <LoginPage />
                </Loading>
              </GuestOnly>
            }
          />
          <Route
            path="/register"
            element={
              <GuestOnly>
                <Loading>
                  <RegisterPage />
                </Loading>
              </GuestOnly>
            }
          />
          <Route
            path="/forgot-password"
            element={
              <Loading>
                <ForgotPasswordPage />
              </Loading>
            }
          />
          <Route
            path="/recover-username"
            element={
              <Loading>
                <RecoverUsernamePage />
              </Loading>
            }
          />
          <Route
            path="/student/*"
            element={
              <RequireRole role="student">
                <Loading>
                  <StudentApp />
                </Loading>
              </RequireRole>
            }
          />
          <Route
            path="/employer/register"
            element={
              <GuestOnly>
                <Loading>
                  <RegisterEmployerPage />
                </Loading>
              </GuestOnly>
            }
          />
          <Route
            path="/employer/*"
            element={
              <RequireRole role="employer">
                <Loading>
                  <EmployerApp />
                </Loading>
              </RequireRole>
            }
          />
          <Route
            path="/college/*"
            element={
              <RequireRole role="college_reviewer">
                <Loading>
                  <StaffApp role="college_reviewer" />
                </Loading>
              </RequireRole>
            }
          />
          <Route
            path="/school/*"
            element={
              <RequireRole role="school_admin">
                <Loading>
                  <StaffApp role="school_admin" />
                </Loading>
              </RequireRole>
            }
          />
          <Route
            path="/platform/*"
            element={
              <RequireRole role="platform_admin">
                <Loading>
                  <StaffApp role="platform_admin" />
                </Loading>
              </RequireRole>
            }
          />
          <Route
            path="/verify/*"
            element={
              <Loading>
                <VerifyApp />
              </Loading>
            }
          />
          <Route
            path="/return/*"
            element={
              <Loading>
                <ReturnApp />
              </Loading>
            }
          />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
