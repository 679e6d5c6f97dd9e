import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ErrorBoundary } from './common/ErrorBoundary';
import { GuestOnly, RequireRole, RootRedirect } from './common/guards';
import { PageLoading } from './common/PageStatus';

// One chunk per audience: the login pages, the student's phone pages (antd-mobile), the employer
// console and the staff consoles (antd). Importing the same module twice yields one chunk.
const LoginPage = lazy(() => import('./login/pages').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() => import('./login/pages').then((m) => ({ default: m.RegisterPage })));
const ForgotPasswordPage = lazy(() => import('./login/pages').then((m) => ({ default: m.ForgotPasswordPage })));
const RecoverUsernamePage = lazy(() => import('./login/pages').then((m) => ({ default: m.RecoverUsernamePage })));
const StudentApp = lazy(() => import('./student/StudentApp'));
const EmployerConsolePage = lazy(() => import('./employer/EmployerConsolePage'));
const StaffConsolePage = lazy(() => import('./staff/StaffConsolePage'));

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
                <LoginPage />
              </GuestOnly>
            }
          />
          <Route
            path="/register"
            element={
              <GuestOnly>
                <RegisterPage />
              </GuestOnly>
            }
          />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/recover-username" element={<RecoverUsernamePage />} />
          <Route
            path="/student/*"
            element={
              <RequireRole role="student">
                <StudentApp />
              </RequireRole>
            }
          />
          <Route
            path="/employer"
            element={
              <RequireRole role="employer">
                <EmployerConsolePage />
              </RequireRole>
            }
          />
          <Route
            path="/college"
            element={
              <RequireRole role="college_reviewer">
                <StaffConsolePage role="college_reviewer" />
              </RequireRole>
            }
          />
          <Route
            path="/school"
            element={
              <RequireRole role="school_admin">
                <StaffConsolePage role="school_admin" />
              </RequireRole>
            }
          />
          <Route
            path="/platform"
            element={
              <RequireRole role="platform_admin">
                <StaffConsolePage role="platform_admin" />
              </RequireRole>
            }
          />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
