import { lazy, Suspense } from 'react';
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
            path="/employer/register"
            element={
              <GuestOnly>
                <RegisterEmployerPage />
              </GuestOnly>
            }
          />
          <Route
            path="/employer/*"
            element={
              <RequireRole role="employer">
                <EmployerApp />
              </RequireRole>
            }
          />
          <Route
            path="/college/*"
            element={
              <RequireRole role="college_reviewer">
                <StaffApp role="college_reviewer" />
              </RequireRole>
            }
          />
          <Route
            path="/school/*"
            element={
              <RequireRole role="school_admin">
                <StaffApp role="school_admin" />
              </RequireRole>
            }
          />
          <Route
            path="/platform/*"
            element={
              <RequireRole role="platform_admin">
                <StaffApp role="platform_admin" />
              </RequireRole>
            }
          />
          <Route path="/verify/*" element={<VerifyApp />} />
          <Route path="/return/*" element={<ReturnApp />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
