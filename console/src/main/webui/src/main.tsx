import React from "react";
import ReactDOM from "react-dom/client";
import { App as AntApp, ConfigProvider, Result, Spin } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { BrowserRouter } from "react-router-dom";
import "./contrast.css";
import { startAuth, type ConsoleSettings } from "./auth";
import { Shell } from "./Shell";
import { ErrorBoundary } from "./ui";

dayjs.locale("zh-cn");

const root = ReactDOM.createRoot(document.getElementById("root")!);

function render(node: React.ReactNode) {
  root.render(
    <React.StrictMode>
      <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: "#b8202b", colorLink: "#0b57d0",
        // secondary texts (statistic titles, hints) at a contrast of at least 4.5:1 on white
        colorTextDescription: "rgba(0, 0, 0, 0.65)", colorTextTertiary: "rgba(0, 0, 0, 0.65)",
        // refusals under a field and danger buttons: Ant Design's #ff4d4f is 3.2:1 on white
        colorError: "#c41d1f", fontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" } }}>
        <AntApp><ErrorBoundary>{node}</ErrorBoundary></AntApp>
      </ConfigProvider>
    </React.StrictMode>,
  );
}

render(<div style={{ display: "grid", placeItems: "center", height: "100vh" }}><Spin size="large" tip="正在加载…"><div style={{ width: 120 }} /></Spin></div>);

(async () => {
  try {
    const settings: ConsoleSettings = await (await fetch("/config.json")).json();
    const user = await startAuth(settings);
    render(<BrowserRouter><Shell initialUser={user} /></BrowserRouter>);
  } catch (e) {
    render(<Result status="error" title="控制台无法启动" subTitle={"无法连接登录服务，请稍后刷新页面重试。" + (e instanceof Error ? `（${e.message}）` : "")} />);
  }
})();
