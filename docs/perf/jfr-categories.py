#!/usr/bin/env python3
"""Summarises JFR recordings of the suite's services (docs/perf/profile-2026-12-07.md).

For each recording: execution samples by category (the first category, in the order below, that one of the
sample's top five frames falls in: roughly where the CPU was spent, not which caller asked for it), by thread, and
the top frames (self time).

    python3 docs/perf/jfr-categories.py gateway.jfr booking-service.jfr

Needs the JDK's `jfr` tool: JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64.
"""
import os
import json, subprocess, sys, collections
JFR=os.path.join(os.environ.get('JAVA_HOME','/usr/lib/jvm/temurin-25-jdk-amd64'),'bin','jfr')
# categories: the first whose pattern one of the top five frames matches (checked in this order)
CATS=[
 ('JWT: ECDSA signature verification', ['sun.security.ec','sun.security.util.math','ECDSA','com.nimbusds.jose.crypto']),
 ('JWT: parse/claims (Nimbus, Spring)', ['com.nimbusds','JwtDecoder','NimbusReactiveJwtDecoder','JwtValidator','JwtTimestampValidator']),
 ('Observation/tracing (Micrometer, OTel)', ['io.micrometer.tracing','io.opentelemetry','ObservationFilterChainDecorator','io.micrometer.observation','ObservationWebFilterDecorator','ServerHttpObservationFilter']),
 ('Metrics (Micrometer meters)', ['io.micrometer.core']),
 ('Logging (logback, structured JSON)', ['ch.qos.logback','org.springframework.boot.logging','org.springframework.boot.json','org.slf4j']),
 ('Kafka client', ['org.apache.kafka']),
 ('JDBC/PostgreSQL driver, Hikari', ['org.postgresql','com.zaxxer.hikari']),
 ('PDF (iText)', ['com.itextpdf']),
 ('QR (ZXing)', ['com.google.zxing']),
 ('Mail (Jakarta Mail, Thymeleaf)', ['jakarta.mail','org.eclipse.angus','org.thymeleaf']),
 ('JSON (Jackson)', ['tools.jackson','com.fasterxml.jackson']),
 ('Security filter chain (other)', ['org.springframework.security']),
 ('Gateway routing/filters (SCG)', ['org.springframework.cloud.gateway']),
 ('Reactor Netty / Netty I/O', ['reactor.netty','io.netty']),
 ('Tomcat', ['org.apache.tomcat','org.apache.catalina','org.apache.coyote']),
 ('Spring MVC', ['org.springframework.web.servlet']),
 ('Scheduling', ['org.springframework.scheduling']),
]
def frames(ev):
    st=ev['values']['stackTrace']
    if not st: return []
    return [(f['method']['type']['name']+'.'+f['method']['name']).replace('/','.') for f in st['frames']]
def main(path, top=25):
    out=subprocess.run([JFR,'print','--json','--stack-depth','5','--events','jdk.ExecutionSample',path],capture_output=True,text=True).stdout
    evs=json.loads(out)['recording']['events']
    n=len(evs)
    cat=collections.Counter(); selfm=collections.Counter(); threads=collections.Counter()
    for ev in evs:
        fs=frames(ev)
        th=ev['values'].get('sampledThread') or {}
        tn=(th.get('javaName') or th.get('osName') or '?')
        tn=''.join(c if not c.isdigit() else '#' for c in tn)
        threads[tn]+=1
        if fs: selfm[fs[0]]+=1
        joined='\n'.join(fs)
        for name,pats in CATS:
            if any(p in joined for p in pats):
                cat[name]+=1; break
        else:
            cat['other']+=1
    print(f'### {path.split("/")[-1]}: {n} execution samples\n')
    print('| category of the top five frames (first match in this list) | samples | share |\n|---|---:|---:|')
    for k,v in cat.most_common(): print(f'| {k} | {v} | {100*v/n:.1f} % |')
    print('\n| thread (digits as #) | samples | share |\n|---|---:|---:|')
    for k,v in threads.most_common(8): print(f'| {k} | {v} | {100*v/n:.1f} % |')
    print('\n| top frame (self) | samples | share |\n|---|---:|---:|')
    for k,v in selfm.most_common(top): print(f'| `{k}` | {v} | {100*v/n:.1f} % |')
    print()
for p in sys.argv[1:]: main(p)
