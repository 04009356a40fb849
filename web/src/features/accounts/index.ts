export { LoginPage } from './LoginPage';
export { SignupPage } from './SignupPage';
export { ForgotPasswordPage, ResetPasswordPage } from './ResetPages';
export { AccountPage } from './AccountPage';
