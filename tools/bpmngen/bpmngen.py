#!/usr/bin/env python3
"""Writes a BPMN file with its diagram (DI) from a compact Python spec laid out on a grid.

Used for the service-type processes (consultation, installation, maintenance, emergency): the spec module
defines PROCESS (id, name, documentation), NODES and FLOWS; see tools/bpmngen/README.md. The output opens in
Camunda Modeler like any hand-drawn model; after a change in Modeler, edit the BPMN file directly.
"""
import importlib.util
import sys
from xml.sax.saxutils import escape, quoteattr

SIZES = {"userTask": (100, 80), "serviceTask": (100, 80), "businessRuleTask": (100, 80), "callActivity": (100, 80),
         "exclusiveGateway": (50, 50), "parallelGateway": (50, 50), "eventBasedGateway": (50, 50),
         "startEvent": (36, 36), "endEvent": (36, 36), "intermediateCatchEvent": (36, 36),
         "intermediateThrowEvent": (36, 36), "boundaryEvent": (36, 36)}
COL, ROW, X0, Y0 = 160, 130, 160, 120


def box(node, nodes):
    w, h = SIZES[node["kind"]]
    if node["kind"] == "boundaryEvent":
        host = box(nodes[node["attachedTo"]], nodes)
        offset = node.get("offset", 0.7)
        return (host[0] + host[2] * offset - w / 2, host[1] + host[3] - h / 2, w, h)
    cx, cy = X0 + node["col"] * COL, Y0 + node["row"] * ROW
    return (cx - w / 2, cy - h / 2, w, h)


def waypoints(src, tgt, nodes, flow):
    sx, sy, sw, sh = box(src, nodes)
    tx, ty, tw, th = box(tgt, nodes)
    if src["kind"] == "boundaryEvent":
        start = (sx + sw / 2, sy + sh)
        if abs(start[0] - (tx + tw / 2)) < 1:
            return [start, (start[0], ty)]
        return [start, (start[0], ty + th / 2), (tx, ty + th / 2)] if ty > sy else \
            [start, (start[0], start[1] + 20), (tx + tw / 2, start[1] + 20), (tx + tw / 2, ty + th)]
    scy, tcy = sy + sh / 2, ty + th / 2
    if tx >= sx + sw:  # forwards
        if abs(scy - tcy) < 1:
            return [(sx + sw, scy), (tx, tcy)]
        if src["kind"].endswith("Gateway"):
            # leave a gateway from its top or bottom towards the target's row
            start = (sx + sw / 2, sy + sh if tcy > scy else sy)
            return [start, (start[0], tcy), (tx, tcy)]
        if tgt["kind"].endswith("Gateway"):
            end = (tx + tw / 2, ty if scy < tcy else ty + th)
            return [(sx + sw, scy), (end[0], scy), end]
        mid = tx - 20
        return [(sx + sw, scy), (mid, scy), (mid, tcy), (tx, tcy)]
    # backwards: round below (or above with "above": True)
    if flow.get("above"):
        y = min(sy, ty) - 30
        return [(sx + sw / 2, sy), (sx + sw / 2, y), (tx + tw / 2, y), (tx + tw / 2, ty)]
    y = max(sy + sh, ty + th) + 30
    return [(sx + sw / 2, sy + sh), (sx + sw / 2, y), (tx + tw / 2, y), (tx + tw / 2, ty + th)]


def render(spec):
    nodes = {n["id"]: n for n in spec.NODES}
    incoming, outgoing = {}, {}
    for f in spec.FLOWS:
        outgoing.setdefault(f["src"], []).append(f["id"])
        incoming.setdefault(f["tgt"], []).append(f["id"])
    p = spec.PROCESS
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
           'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
           'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
           f'id="Definitions_{p["defs"]}" targetNamespace="http://aftersales.example/bpmn" exporter="Camunda Modeler" '
           'exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">',
           f'  <bpmn:process id="{p["id"]}" name={quoteattr(p["name"])} isExecutable="true" camunda:historyTimeToLive="P180D">',
           f'    <bpmn:documentation>{escape(p["doc"])}</bpmn:documentation>']
    for n in spec.NODES:
        attrs = f' id="{n["id"]}"'
        if n.get("name"):
            attrs += f' name={quoteattr(n["name"])}'
        if n["kind"] == "boundaryEvent":
            attrs += f' cancelActivity="{str(n.get("interrupting", False)).lower()}" attachedToRef="{n["attachedTo"]}"'
        if n.get("default"):
            attrs += f' default="{n["default"]}"'
        for k, v in n.get("attrs", {}).items():
            attrs += f' {k}={quoteattr(v)}'
        out.append(f'    <bpmn:{n["kind"]}{attrs}>')
        if n.get("doc"):
            out.append(f'      <bpmn:documentation>{escape(n["doc"])}</bpmn:documentation>')
        if n.get("ext"):
            out.append(f'      <bpmn:extensionElements>{n["ext"]}</bpmn:extensionElements>')
        for f in incoming.get(n["id"], []):
            out.append(f'      <bpmn:incoming>{f}</bpmn:incoming>')
        for f in outgoing.get(n["id"], []):
            out.append(f'      <bpmn:outgoing>{f}</bpmn:outgoing>')
        if n.get("timer"):
            kind, expr = n["timer"]
            out.append(f'      <bpmn:timerEventDefinition id="TimerEventDefinition_{n["id"].split("_", 1)[1]}">'
                       f'<bpmn:{kind} xsi:type="bpmn:tFormalExpression">{escape(expr)}</bpmn:{kind}></bpmn:timerEventDefinition>')
        if n.get("message"):
            out.append(f'      <bpmn:messageEventDefinition id="MessageEventDefinition_{n["id"].split("_", 1)[1]}" messageRef="{n["message"]}" />')
        out.append(f'    </bpmn:{n["kind"]}>')
    for f in spec.FLOWS:
        name = f' name={quoteattr(f["name"])}' if f.get("name") else ""
        if f.get("cond"):
            out.append(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}">')
            out.append(f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>')
            out.append('    </bpmn:sequenceFlow>')
        else:
            out.append(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}" />')
    out.append('  </bpmn:process>')
    for m in getattr(spec, "MESSAGES", []):
        out.append(f'  <bpmn:message id="{m[0]}" name="{m[1]}" />')
    out.append(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{p["defs"]}">')
    out.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_{p["defs"]}" bpmnElement="{p["id"]}">')
    for n in spec.NODES:
        x, y, w, h = box(n, nodes)
        marker = ' isMarkerVisible="true"' if n["kind"] == "exclusiveGateway" else ""
        out.append(f'      <bpmndi:BPMNShape id="{n["id"]}_di" bpmnElement="{n["id"]}"{marker}>')
        out.append(f'        <dc:Bounds x="{x:.0f}" y="{y:.0f}" width="{w}" height="{h}" />')
        if n.get("name") and n["kind"] not in ("userTask", "serviceTask", "businessRuleTask", "callActivity"):
            out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{x - 20:.0f}" y="{y + h + 4:.0f}" width="{w + 40}" height="27" /></bpmndi:BPMNLabel>')
        out.append('      </bpmndi:BPMNShape>')
    for f in spec.FLOWS:
        out.append(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">')
        for (x, y) in waypoints(nodes[f["src"]], nodes[f["tgt"]], nodes, f):
            out.append(f'        <di:waypoint x="{x:.0f}" y="{y:.0f}" />')
        out.append('      </bpmndi:BPMNEdge>')
    out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>', '']
    return "\n".join(out)


def mail(template, to, retry="R5/PT5M"):
    return (f'<camunda:failedJobRetryTimeCycle>{retry}</camunda:failedJobRetryTimeCycle><camunda:inputOutput>'
            f'<camunda:inputParameter name="mailTemplate">{template}</camunda:inputParameter>'
            f'<camunda:inputParameter name="mailTo">{escape(to)}</camunda:inputParameter></camunda:inputOutput>')


def acknowledgement(case_type, col, row):
    """The acknowledgement mail every request gets (002 客服流程; com.aftersales.flows.FirstContact)."""
    return mail_task("Task_SendAcknowledgement", "向客户发送受理确认", col, row, f"{case_type}-acknowledgement", "customer")


def first_contact(name, col, row, form, doc, group="customer-service", due="${responseDueAt}"):
    """Customer service's first contact, due at the response commitment (com.aftersales.flows.FirstContact; the SLA
    report's first-contact finds it by this id in every model)."""
    return {"id": "Task_ContactCustomer", "kind": "userTask", "name": name, "col": col, "row": row, "doc": doc,
            "attrs": {"camunda:formRef": form, "camunda:formRefBinding": "deployment",
                      "camunda:candidateGroups": group, "camunda:dueDate": due}}


def follow_on(node_id, name, col, row, case_type):
    """A service task opening a linked repair or parts case (OpenFollowOnCaseDelegate)."""
    return {"id": node_id, "kind": "serviceTask", "name": name, "col": col, "row": row,
            "attrs": {"camunda:asyncBefore": "true", "camunda:delegateExpression": "${openFollowOnCaseDelegate}"},
            "ext": '<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle><camunda:inputOutput>'
                   f'<camunda:inputParameter name="followOnType">{case_type}</camunda:inputParameter></camunda:inputOutput>'}


def mail_task(node_id, name, col, row, template, to, doc=None):
    """An asynchronous mail step (sendMailDelegate) with the project's retry cycle."""
    node = {"id": node_id, "kind": "serviceTask", "name": name, "col": col, "row": row,
            "attrs": {"camunda:asyncBefore": "true", "camunda:delegateExpression": "${sendMailDelegate}"},
            "ext": mail(template, to)}
    if doc:
        node["doc"] = doc
    return node


if __name__ == "__main__":
    spec_file, target = sys.argv[1], sys.argv[2]
    s = importlib.util.spec_from_file_location("spec", spec_file)
    module = importlib.util.module_from_spec(s)
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    s.loader.exec_module(module)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(render(module))
