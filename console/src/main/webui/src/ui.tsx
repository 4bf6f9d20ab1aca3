import React, { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from "react";
import { Alert, App, Button, Card, Form, List, Radio, Result, Select, Typography, type FormInstance, type RadioGroupProps, type RefSelectProps, type SelectProps } from "antd";
import { Link, useLocation } from "react-router-dom";
import { describe, mapProblem, ProblemError } from "./problem";
import { SessionContext } from "./Shell";
import type { Session } from "./auth";

export function useSession(): Session {
  return useContext(SessionContext)!;
}

/** Loads data for a view; `reload` fetches it again after a change. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: unknown; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then((data) => live && setState({ data, loading: false }), (error) => live && setState({ error, loading: false }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { data: state.data, error: state.error, loading: state.loading, reload: useCallback(() => setTick((t) => t + 1), []) };
}

export function LoadError({ error }: { error: unknown }) {
  if (!error) return null;
  return <Alert type="error" showIcon message="加载失败" description={describe(error)} style={{ marginBottom: 16 }} />;
}

/**
 * Submits a form's values; a refusal is shown at the field it names (Form.setFields with the
 * reason in Chinese), anything else as a message with the reason and its rule.
 */
export function useSubmit(form: FormInstance | null, fields: string[]) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(action: () => Promise<T>, done?: string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await action();
      if (done) message.success(done);
      return result;
    } catch (error) {
      if (error instanceof ProblemError) {
        const mapped = mapProblem(error.problem, fields);
        if (form && mapped.fields.length) form.setFields(mapped.fields);
        if (mapped.message || !form || !mapped.fields.length) message.error(mapped.message ?? describe(error), 8);
      } else {
        message.error(describe(error), 8);
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  }, [form, fields, message]);
  return { busy, run };
}

export interface Todo {
  text: string;
  to: string;
  count?: number;
}

/** 待办: what awaits this user, each linking to where it is done. */
export function TodoList({ items, loading }: { items: Todo[]; loading?: boolean }) {
  return (
    <Card title="待办" style={{ marginBottom: 16 }} loading={loading}>
      {items.length === 0 ? <Typography.Text type="secondary">暂无待办事项</Typography.Text> : (
        <List dataSource={items} renderItem={(t) => (
          <List.Item><Link to={t.to}>{t.text}</Link>{t.count !== undefined && <Typography.Text strong>{t.count}</Typography.Text>}</List.Item>
        )} />
      )}
    </Card>
  );
}

/**
 * What a view shows when its code fails: a sentence in Chinese and a way on, never a blank page or a
 * stack trace (the error goes to the browser's console for whoever investigates).
 */
export class ErrorBoundary extends React.Component<{ children: React.ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error, info: React.ErrorInfo) {
    console.error("view failed", error, info.componentStack);
  }
  render() {
    if (this.state.error) {
      return (
        <div data-testid="view-failed">
          <Result status="warning" title="页面出现问题"
            subTitle="此页面暂时无法显示。已填写的内容已暂存在本浏览器标签页中，请重试或从左侧菜单进入其他页面。"
            extra={<Button type="primary" onClick={() => this.setState({ error: null })}>重试</Button>} />
        </div>
      );
    }
    return this.props.children;
  }
}

/** One error boundary per route: a failed view stays on its own page; going to another page starts afresh. */
export function RouteBoundary({ children }: { children: React.ReactNode }) {
  const location = useLocation();
  return <ErrorBoundary key={location.pathname}>{children}</ErrorBoundary>;
}

export function PageTitle({ children }: { children: React.ReactNode }) {
  return <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>{children}</Typography.Title>;
}

/**
 * A Select inside a required Form.Item. Form.Item gives its control aria-required; antd's Select
 * sets it on the combobox input and also on its outer div, where ARIA does not allow it (axe
 * aria-allowed-attr, critical). The input keeps it; the div loses it.
 */
export function FieldSelect(props: SelectProps) {
  const ref = useRef<RefSelectProps>(null);
  useLayoutEffect(() => {
    ref.current?.nativeElement?.removeAttribute("aria-required");
  });
  return <Select ref={ref} {...props} />;
}

/**
 * A Radio.Group inside a required Form.Item. Form.Item gives it aria-required, which antd puts on a
 * plain div where ARIA does not allow it (axe aria-allowed-attr, critical): the div is given the
 * radiogroup role it stands for, on which aria-required is allowed and read out.
 */
export function FieldRadioGroup(props: RadioGroupProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.setAttribute("role", "radiogroup");
  });
  return <Radio.Group ref={ref} {...props} />;
}

export { Form };
