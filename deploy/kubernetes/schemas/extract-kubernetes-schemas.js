// Extracts the Kubernetes API schemas that deploy/kubernetes uses from two npm packages:
//   npm pack kubernetes-models@4.1.0 @kubernetes-models/apimachinery@1.1.0   (then untar both)
//   node extract-kubernetes-schemas.js <kubernetes-models>/_schemas <apimachinery>/_schemas kubernetes/kubernetes-definitions.json
// Add a kind to roots below when the manifests start using it.
const fs=require('fs'),path=require('path');
const defs={};
for(const d of [process.argv[2],process.argv[3]]){for(const f of fs.readdirSync(d)){if(!f.endsWith('.js'))continue;
 const t=fs.readFileSync(path.join(d,f),'utf8');const m=t.match(/const schema = (\{[\s\S]*?\n\});/);const r=t.match(/register\)\("([^"]+)", schema\)/);
 if(!m||!r){continue}
 defs[r[1]]=JSON.parse(m[1]);}}
const roots=['io.k8s.api.apps.v1.Deployment','io.k8s.api.core.v1.Service','io.k8s.api.core.v1.ConfigMap','io.k8s.api.core.v1.Secret','io.k8s.api.core.v1.ServiceAccount','io.k8s.api.core.v1.Namespace','io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler','io.k8s.api.policy.v1.PodDisruptionBudget','io.k8s.api.networking.v1.NetworkPolicy','io.k8s.api.networking.v1.Ingress','io.k8s.api.batch.v1.Job'];
const keep={};const q=[...roots];
while(q.length){const id=q.pop();if(keep[id])continue;if(!defs[id])throw new Error('missing '+id);keep[id]=defs[id];
 JSON.stringify(defs[id]).replace(/"\$ref":"([^"#]+)#"/g,(a,b)=>{q.push(b);return a});}
let out=JSON.stringify(keep).replace(/"\$ref":"([^"#]+)#"/g,(a,b)=>'"$ref":"#/$defs/'+b+'"');
const doc={"$schema":"https://json-schema.org/draft/2020-12/schema","$comment":"Kubernetes API object schemas (OpenAPI definitions io.k8s.*), extracted from the npm packages kubernetes-models@4.1.0 and @kubernetes-models/apimachinery@1.1.0 (MIT, tommy351/kubernetes-models-ts), keeping only the kinds deploy/kubernetes uses and what they reference. Regenerate with deploy/kubernetes/schemas/extract-kubernetes-schemas.js.","$defs":JSON.parse(out)};
fs.writeFileSync(process.argv[4],JSON.stringify(doc,null,1));
console.error(Object.keys(keep).length);
