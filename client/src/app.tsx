import { Route, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { AppRoot } from './shell/AppRoot.js';
import { Layout } from './shell/Layout.js';

// One chunk per route: the first load carries only the layout and the page it lands on.
const HomePage = lazy(() => import('./features/home/HomePage.js'));
const ShopPage = lazy(() => import('./features/shop/ShopPage.js'));
const ProductPage = lazy(() => import('./features/product/ProductPage.js'));
const SupportPage = lazy(() => import('./features/support/SupportPage.js'));
const AboutPage = lazy(() => import('./features/about/AboutPage.js'));
const ContactPage = lazy(() => import('./features/contact/ContactPage.js'));
const SignInPage = lazy(() => import('./features/account/SignInPage.js'));
const RegisterPage = lazy(() => import('./features/account/RegisterPage.js'));
const AccountPage = lazy(() => import('./features/account/AccountPage.js'));
const ForgotPasswordPage = lazy(() => import('./features/account/ForgotPasswordPage.js'));
const ResetPasswordPage = lazy(() => import('./features/account/ResetPasswordPage.js'));
const VerifyEmailPage = lazy(() => import('./features/account/VerifyEmailPage.js'));
const CartPage = lazy(() => import('./features/cart/CartPage.js'));
const CheckoutPage = lazy(() => import('./features/checkout/CheckoutPage.js'));
const OrderHistoryPage = lazy(() => import('./features/orders/OrderHistoryPage.js'));
const OrderDetailPage = lazy(() => import('./features/orders/OrderDetailPage.js'));
const ConfirmationPage = lazy(() => import('./features/orders/ConfirmationPage.js'));
const StaffPage = lazy(() => import('./features/staff/StaffPage.js'));
const StaffDiscountsPage = lazy(() => import('./features/discounts/StaffDiscountsPage.js'));
const PolicyPage = lazy(() => import('./features/policies/PolicyPage.js'));
const NotFoundPage = lazy(() => import('./features/not-found/NotFoundPage.js'));

export function App() {
  return (
    <Router root={AppRoot}>
      {/* The storefront: its header, footer, search, cart and chat around each page. */}
      <Route component={Layout}>
        <Route path="/" component={HomePage} />
        <Route path="/shop" component={ShopPage} />
        <Route path="/products/:slug" component={ProductPage} />
        <Route path="/support" component={SupportPage} />
        <Route path="/about" component={AboutPage} />
        <Route path="/contact" component={ContactPage} />
        <Route path="/signin" component={SignInPage} />
        <Route path="/register" component={RegisterPage} />
        <Route path="/account" component={AccountPage} />
        <Route path="/forgot-password" component={ForgotPasswordPage} />
        <Route path="/reset-password" component={ResetPasswordPage} />
        <Route path="/verify-email" component={VerifyEmailPage} />
        <Route path="/cart" component={CartPage} />
        <Route path="/checkout" component={CheckoutPage} />
        <Route path="/checkout/confirmation/:number" component={ConfirmationPage} />
        <Route path="/orders" component={OrderHistoryPage} />
        <Route path="/orders/:number" component={OrderDetailPage} />
        <Route path="/policies/:slug" component={PolicyPage} />
        <Route path="*404" component={NotFoundPage} />
      </Route>
      {/* The staff desk: its own shell (StaffPage), no storefront chrome. One route for all three
          paths, so opening a conversation keeps the desk mounted. */}
      <Route path={['/staff', '/staff/dashboard', '/staff/chats/:chatId']} component={StaffPage} />
      <Route path="/staff/discounts" component={StaffDiscountsPage} />
    </Router>
  );
}
