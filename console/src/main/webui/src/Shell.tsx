import React, { Suspense, lazy, useEffect, useState } from "react";
import { Alert, Button, Card, Layout, Menu, Result, Space, Spin, Typography } from "antd";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router-dom";
import type { User } from "oidc-client-ts";
import { login, logout, onUser, sessionExpired, sessionOf, type Role, type Session } from "./auth";
import { MENUS, ROLE_NAMES, homeOf } from "./roles";
import { RouteBoundary } from "./ui";

// each department's views are their own chunk: a user downloads only their role's code
const OfficeViews = lazy(() => import("./views/office"));
const HrViews = lazy(() => import("./views/hr"));
const BureauViews = lazy(() => import("./views/bureau"));
const SchoolViews = lazy(() => import("./views/school"));
const TeacherViews = lazy(() => import("./views/teacher"));
const AuditViews = lazy(() => import("./views/audit"));

export const SessionContext = React.createContext<Session | null>(null);

const VIEWS: Record<Role, { base: string; element: React.ReactNode }> = {
  "staffing-office": { base: "/office/*", element: <OfficeViews /> },
  hr: { base: "/hr/*", element: <HrViews /> },
  "education-bureau": { base: "/bureau/*", element: <BureauViews /> },
  school: { base: "/school/*", element: <SchoolViews /> },
  teacher: { base: "/teacher/*", element: <TeacherViews /> },
  auditor: { base: "/audit/*", element: <AuditViews /> },
};

export function Shell({ initialUser }: { initialUser: User | null }) {
  const [user, setUser] = useState<User | null>(initialUser);
  useEffect(() => onUser(setUser), []);
  if (!user) return <Welcome />;
  const session = sessionOf(user.access_token);
  return (
    <SessionContext.Provider value={session}>
      <Frame session={session} />
    </SessionContext.Provider>
  );
}

function Welcome() {
  return (
    <main style={{ minHeight: "100vh", display: "grid", placeItems: "center", background: "#f5f5f5" }}>
      <Card style={{ width: 440 }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>县管校聘 · 教师编制与人事管理平台</Typography.Title>
        <Typography.Paragraph>编办、人社、教育局、学校、教师和纪检部门的工作平台。请使用统一身份认证登录。</Typography.Paragraph>
        {sessionExpired() && <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="session-expired"
          message="登录已过期，请重新登录" description="已填写的内容已暂存，重新登录后回到原页面继续填写。" />}
        <Button type="primary" size="large" block onClick={() => login()}>登录</Button>
      </Card>
    </main>
  );
}

function Frame({ session }: { session: Session }) {
  const navigate = useNavigate();
  const location = useLocation();
  if (!session.role) {
    return <Result status="403" title="没有可用的角色" subTitle="您的账号未被授予本平台的任何角色，请联系管理员。"
      extra={<Button onClick={() => logout()}>退出登录</Button>} />;
  }
  const menu = MENUS[session.role];
  const selected = [...menu].sort((a, b) => b.path.length - a.path.length).find((m) => location.pathname.startsWith(m.path));
  const view = VIEWS[session.role];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      {/* the menu's own border stopped where its items end: the column carries it down the whole page */}
      <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderInlineEnd: "1px solid #f0f0f0" }}>
        <div style={{ padding: 16, fontWeight: 600, color: "#b8202b" }}>县管校聘平台</div>
        <nav aria-label="主菜单">
          <Menu mode="inline" style={{ borderInlineEnd: "none" }} selectedKeys={selected ? [selected.path] : []}
            items={menu.map((m) => ({ key: m.path, label: m.label }))} onClick={(e) => navigate(e.key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: "#fff", display: "flex", justifyContent: "space-between", alignItems: "center", paddingInline: 24 }}>
          <Typography.Text strong>{ROLE_NAMES[session.role]}</Typography.Text>
          <Space>
            <span data-testid="user">{session.name || session.username}</span>
            <Button onClick={() => logout()}>退出登录</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <RouteBoundary>
              <Suspense fallback={<Spin tip="正在加载…"><div style={{ height: 200 }} /></Spin>}>
                <Routes>
                  <Route path={view.base} element={view.element} />
                  <Route path="*" element={<Navigate to={homeOf(session.role)} replace />} />
                </Routes>
              </Suspense>
            </RouteBoundary>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
